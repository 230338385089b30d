package org.icosim.model.parameters;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every parameter of the model, and one set of values for them.
 *
 * <p>The static constants are the catalogue: each names its unit, its default and the source of
 * that default (short references as in {@code shared/data/README.md}; "assumption" where no
 * public figure exists, with the reasoning in {@code models/ODD.md}; "calibrated" where the value
 * was set by the status-quo calibration in {@code models/calibration.md}). An instance holds one
 * value per parameter, checked against the range whenever it is set.
 *
 * <p>National flows (training intake, returners) are given for England and scaled by the
 * model's share of England's 2015 registered population, so a one-economy model gets its share.
 */
public final class Parameters implements ParameterValues, java.io.Serializable {

    private static final List<Parameter> CATALOGUE = new ArrayList<>();
    private static final Map<String, Parameter> BY_NAME = new LinkedHashMap<>();

    // ---------------------------------------------------------------- world and scale
    public static final Parameter ECONOMIES = integer("economies", "count", 1, 1, 200,
            "MODEL.md s2: 42 integrated care systems in England",
            "Number of local health economies, each a square region with its own towns, trusts and GP labour market.", "world");
    public static final Parameter PRACTICES = integer("practices", "count", 190, 1, 20000,
            "P4: 7,816 practices in England, April 2015; one economy is about 190",
            "GP practices at the start, spread evenly over the economies.", "world");
    public static final Parameter TRUSTS = integer("trusts", "count", 6, 1, 2000,
            "H1: 245 trusts in England, 2015",
            "NHS trusts at the start, spread evenly over the economies, placed at town centres.", "world");
    public static final Parameter ACUTE_TRUST_SHARE = real("acuteTrustShare", "share of trusts", 155.0 / 245, 0, 1,
            "H1: 155 of 245 trusts acute",
            "Share of trusts that are acute (take A&E, admissions and elective referrals); the rest are community or mental health trusts.", "world");
    public static final Parameter TOWNS_PER_ECONOMY = integer("townsPerEconomy", "count", 6, 1, 100,
            "assumption: one town per trust in a typical economy",
            "Towns in each economy; practices cluster around towns and trusts sit at town centres.", "world");
    public static final Parameter ECONOMY_SIDE_KM = real("economySideKm", "km", 56, 1, 1000,
            "ONS: England 130,279 km2 over 42 economies is about 56 km square",
            "Side of each economy's square region.", "world");
    public static final Parameter TOWN_SPREAD_KM = real("townSpreadKm", "km", 5, 0.1, 100,
            "assumption",
            "Standard deviation of the distance of practices from their town centre.", "world");
    public static final Parameter NEIGHBOURS = integer("neighbours", "count", 6, 1, 50,
            "assumption: a practice knows its nearest few practices",
            "k in the NEIGHBOUR ties: the k nearest open practices of the same economy.", "world");
    public static final Parameter REFERRAL_TRUSTS = integer("referralTrusts", "count", 3, 1, 20,
            "assumption: GPs choose among the nearest few acute trusts",
            "Nearest acute trusts a practice can refer to (REFERS_TO ties).", "world");
    public static final Parameter MEAN_LIST_SIZE = real("meanListSize", "patients", 7294, 500, 50000,
            "P4: mean list 7,294, April 2015",
            "Mean registered list at the start; with the practice count it sets the population.", "world");
    public static final Parameter LIST_SHARE_UNDER_5000 = real("listShareUnder5000", "share of practices", 0.36, 0.01, 0.95,
            "P3, P4: 36% of practices under 5,000 patients in 2015",
            "With the mean it fixes the log-normal spread of initial list sizes.", "world");
    public static final Parameter PATIENT_SCALE = integer("patientScale", "real patients per patient agent", 1, 1, 100000,
            "MODEL.md s2",
            "One patient agent stands for this many real patients; every reported count is in real people.", "world");

    // ---------------------------------------------------------------- patients
    public static final Parameter GP_CONSULTATIONS = real("gpConsultationsPerPersonYear", "GP appointments per person per year", 2.58, 0.5, 10,
            "D1, D4: 5.16 consultations per person-year, about half with GPs",
            "Mean demand for GP appointments at the start; age and risk set each patient's share.", "patients");
    public static final Parameter BIRTH_RATE = real("birthRate", "births per person per year", 0.0121, 0, 0.05,
            "ONS births 2015: 664,399 for 54.8M residents",
            "Newborns registered each year per registered patient.", "patients");
    public static final Parameter DEATH_RATE_SCALE = real("deathRateScale", "multiplier", 1, 0, 5,
            "ONS 2015 death rates by age (table in ODD)",
            "Multiplier on the age-specific death rates.", "patients");
    public static final Parameter NET_REGISTRATION_INFLOW = real("netRegistrationInflow", "registrations per person per year", 0.0085, -0.05, 0.05,
            "P5, P3: registered population 57.1M (2015) to 60.0M (2019) after births and deaths; includes migration and list inflation",
            "Net new registrations (migrants, list inflation) a year per registered patient.", "patients");
    public static final Parameter HIGH_RISK_SHARE = real("highRiskShare", "share of adults", 0.02, 0, 0.5,
            "R1: top 2% of adults in case management (2014-16)",
            "Share of adults in the HIGH risk tier.", "patients");
    public static final Parameter RISING_RISK_SHARE = real("risingRiskShare", "share of adults", 0.10, 0, 0.8,
            "assumption: rising-risk tier of risk-stratification tools",
            "Share of adults in the RISING risk tier.", "patients");
    public static final Parameter SWITCH_AFTER_MONTHS = integer("switchAfterMonths", "months", 3, 1, 60,
            "assumption",
            "Months in a row with an unmet appointment request (a month without requests breaks no run) before a patient considers switching practice.", "patients");
    public static final Parameter SWITCH_PROBABILITY = real("switchProbability", "per month", 0.05, 0, 1,
            "assumption",
            "Chance a patient with sustained poor access moves to a neighbouring practice with better access that month.", "patients");
    public static final Parameter AE_RATE = real("aeAttendancesPerPersonYear", "attendances per person per year", 0.39, 0, 3,
            "D8, D9: about 22M A&E attendances in 2015 for 57.1M registered",
            "Mean A&E attendance rate at the start with good access; age and risk set each patient's share.", "patients");
    public static final Parameter AE_UNMET_EFFECT = real("aeUnmetNeedEffect", "relative increase", 0.5, 0, 10,
            "assumption",
            "Relative increase of a patient's A&E rate in a month their GP request went unmet.", "patients");
    public static final Parameter ADMISSION_RATE = real("emergencyAdmissionsPerPersonYear", "admissions per person per year", 0.096, 0, 1,
            "D12, D13: about 5.5M emergency admissions in 2015",
            "Mean emergency admission rate at the start; concentrated in high-risk and old patients.", "patients");
    public static final Parameter REFERRALS_PER_APPOINTMENT = real("referralsPerAppointment", "referrals per GP appointment", 0.065, 0, 1,
            "assumption: about 9.6M GP elective referrals a year over about 148M GP appointments",
            "Elective referrals to trusts per GP appointment met.", "patients");
    public static final Parameter PARTNER_PRODUCTIVITY = real("partnerProductivity", "multiplier", 1.1, 0.5, 2,
            "assumption: partners work more sessions per FTE than salaried GPs (MODEL.md s6)",
            "Appointments a partner FTE offers relative to a salaried FTE.", "patients");
    public static final Parameter APPOINTMENTS_PER_FTE = real("appointmentsPerFteYear", "appointments per FTE per year", 5000, 1000, 20000,
            "derived: D1, D4 GP consultations (about 147M) over 29,364 FQ FTE (G4)",
            "Appointments one full-time salaried GP offers in a year.", "patients");

    // ---------------------------------------------------------------- workforce at the start
    public static final Parameter PATIENTS_PER_PARTNER = real("patientsPerPartner", "patients per partner", 2331, 500, 20000,
            "G1, P5: 24,491 partners for 57.1M patients, Sept 2015",
            "Sets the initial number of partners of each practice from its list.", "workforce");
    public static final Parameter SINGLE_HANDED_SHARE = real("singleHandedShare", "share of practices", 0.11, 0, 0.9,
            "C5: 891 single-handed practices in 2013, about 11%",
            "Share of practices with one partner at the start; with patientsPerPartner it fixes how partners rise with list size.", "workforce");
    public static final Parameter PATIENTS_PER_SALARIED = real("patientsPerSalaried", "patients per salaried GP", 5560, 500, 100000,
            "N1, P5: 10,270 salaried GPs for 57.1M patients, Sept 2015",
            "Sets the initial number of salaried GPs.", "workforce");
    public static final Parameter MIN_PARTNERS = integer("minPartners", "partners", 1, 1, 3,
            "assumption: GMS and PMS contracts are mostly held by partnerships, and salaried GPs work mostly in larger practices; no practice-level split of 2015 was published (RE1)",
            "Fewest partners a real world's practice of that many GPs or more starts with (ODD 6.1); the national partner share is kept, so more partners in small practices mean more salaried GPs in large ones.", "workforce");
    public static final Parameter LOCUMS_PER_MILLION = real("locumsPerMillionPatients", "locums per million patients", 23, 0, 1000,
            "assumption: about 1,300 FQ locums in England, 2015 (locums are under-counted)",
            "Initial locum GPs.", "workforce");
    public static final Parameter REGISTRARS_PER_MILLION = real("registrarsPerMillionPatients", "registrars per million patients", 157.6, 0, 2000,
            "MODEL.md s9 and T1: 3,000 a year in 3-year training, about 9,000 in post (5,000 of them in practices)",
            "Initial GP registrars (trainees), at evenly spread stages of training.", "workforce");
    public static final Parameter PARTNER_MEAN_FTE = real("partnerMeanFte", "FTE", 0.886, 0.1, 1.5,
            "G1: 21,688 FTE for 24,491 partners",
            "Mean FTE of a partner.", "workforce");
    public static final Parameter SALARIED_MEAN_FTE = real("salariedMeanFte", "FTE", 0.68, 0.1, 1.5,
            "derived: G4, G1, N1 (29,364 - 21,688 - locum FTE) / 10,270",
            "Mean FTE of a salaried GP (practice or ICO).", "workforce");
    public static final Parameter LOCUM_MEAN_FTE = real("locumMeanFte", "FTE", 0.5, 0.05, 1.5,
            "assumption",
            "Mean FTE of a locum GP.", "workforce");
    public static final Parameter FTE_SD = real("fteSd", "FTE", 0.15, 0, 1,
            "assumption",
            "Spread of individual FTE around the role's mean.", "workforce");
    public static final Parameter PARTNER_AGE55_SHARE = real("partnerAge55Share", "share", 0.244, 0, 1,
            "A1-A3: 24.4% of partner FTE aged 55+ in 2015",
            "Share of partners aged 55 or over at the start.", "workforce");
    public static final Parameter OTHER_AGE55_SHARE = real("otherGpAge55Share", "share", 0.076, 0, 1,
            "derived: A1-A3, 20% of all FQ FTE aged 55+",
            "Share of salaried and locum GPs aged 55 or over at the start.", "workforce");

    // ---------------------------------------------------------------- workforce flows
    public static final Parameter TRAINING_INTAKE_2015 = real("trainingIntake2015", "trainees per year (England)", 3000, 0, 20000,
            "M1, T1-T3: about 3,000 acceptances (2,989 in 2016)",
            "GP training acceptances a year at the start, England; scaled by the model's population share.", "flows");
    public static final Parameter TRAINING_INTAKE_2021 = real("trainingIntake2021", "trainees per year (England)", 4000, 0, 20000,
            "MODEL.md s6: 4,000 by 2021",
            "Acceptances a year from 2021, rising linearly from the 2015 figure.", "flows");
    public static final Parameter TRAINING_MONTHS = integer("trainingMonths", "months", 36, 12, 120,
            "3-year GP specialty training",
            "Length of training; the last half is spent in a training practice.", "flows");
    public static final Parameter RETURNERS_PER_YEAR = real("returnersPerYear", "GPs per year (England)", 450, 0, 20000,
            "calibrated; assumption-level: returners and international recruits",
            "Fully qualified GPs joining from outside NHS general practice each year, England.", "flows");
    public static final Parameter EXIT_HAZARD_SCALE = real("exitHazardScale", "multiplier", 0.8, 0, 10,
            "calibrated: leaver rates are 2022 figures (A8), higher than in 2015",
            "Multiplier on the leaver rates by age.", "flows");
    public static final Parameter LEAVER_UNDER_30 = real("leaverRateUnder30", "per year", 0.216, 0, 1, "A8: 21.6%/yr (FQ GPs, 2022)", "Leaver rate of GPs under 30.", "flows");
    public static final Parameter LEAVER_30_39 = real("leaverRate30to39", "per year", 0.08, 0, 1, "assumption: between A8's under-30 and 40-49 rates", "Leaver rate of GPs 30-39.", "flows");
    public static final Parameter LEAVER_40_49 = real("leaverRate40to49", "per year", 0.059, 0, 1, "A8: 5.9%/yr (FQ GPs, 2022)", "Leaver rate of GPs 40-49.", "flows");
    public static final Parameter LEAVER_50_54 = real("leaverRate50to54", "per year", 0.075, 0, 1, "assumption: between A8's 40-49 and 55-59 rates", "Leaver rate of GPs 50-54.", "flows");
    public static final Parameter LEAVER_55_59 = real("leaverRate55to59", "per year", 0.112, 0, 1, "A8: 11.2%/yr (FQ GPs, 2022)", "Leaver rate of GPs 55-59.", "flows");
    public static final Parameter LEAVER_60_64 = real("leaverRate60to64", "per year", 0.30, 0, 1, "assumption: consistent with mean retirement age 59.5 (A4)", "Leaver rate of GPs 60-64.", "flows");
    public static final Parameter LEAVER_65_PLUS = real("leaverRate65plus", "per year", 0.45, 0, 1, "assumption", "Leaver rate of GPs 65 and over.", "flows");
    public static final Parameter BURNOUT_GAIN = real("burnoutGain", "burnout per month per unit of excess workload", 0.05, 0, 5,
            "assumption",
            "How fast burnout rises when workload is above the norm (and falls below it).", "flows");
    public static final Parameter BURNOUT_RECOVERY = real("burnoutRecovery", "share of burnout lost per month", 0.05, 0, 1,
            "assumption",
            "How fast burnout fades; with burnoutGain it sets the burnout a steady workload leads to.", "flows");
    public static final Parameter BURNOUT_EXIT_EFFECT = real("burnoutExitEffect", "log hazard ratio per unit burnout", 1.0, 0, 10,
            "assumption; Q8: 63% of over-50s likely to quit within 5 years (2019)",
            "c_burn: the exit hazard is multiplied by exp(c_burn x burnout).", "flows");
    public static final Parameter BURNOUT_QUIT = real("burnoutQuit", "burnout (0-1)", 0.6, 0, 1,
            "assumption",
            "Burnout above which a GP reconsiders their job every month.", "flows");
    public static final Parameter PARTNER_LOAD_FACTOR = real("partnerLoadFactor", "multiplier", 1.15, 0.5, 3,
            "assumption: partners carry the practice's management work",
            "Workload a partner feels relative to a salaried GP in the same practice.", "flows");

    // ---------------------------------------------------------------- GP job choice
    public static final Parameter REVIEW_MONTHS = integer("reviewMonths", "months", 24, 1, 240,
            "assumption",
            "How often a GP reconsiders their job when not burnt out.", "jobChoice");
    public static final Parameter JOB_OFFERS_SEEN = integer("jobOffersSeen", "posts of each kind", 3, 1, 100,
            "assumption: search frictions",
            "Open posts of each kind (partnership, salaried) a GP looks at when choosing.", "jobChoice");
    public static final Parameter B_INCOME = real("incomeWeight", "utility per log(pounds)", 2.0, 0, 50, "calibrated", "b_inc: weight on log income per FTE.", "jobChoice");
    public static final Parameter B_AUTONOMY = real("autonomyWeight", "utility", 0.5, -10, 10, "calibrated", "b_aut: weight on autonomy (partner 1, locum 0.5, salaried 0).", "jobChoice");
    public static final Parameter B_FLEX = real("flexibilityWeight", "utility", 1.0, -10, 10, "calibrated", "b_flex: weight on flexibility (locum 1, salaried 0.5, partner 0) at age 45.", "jobChoice");
    public static final Parameter B_RISK = real("riskWeight", "utility per unit liability", 1.5, 0, 20, "calibrated", "b_risk: weight on partnership liability at age 45.", "jobChoice");
    public static final Parameter B_LOAD = real("workloadWeight", "utility per unit workload ratio", 1.0, 0, 20, "calibrated", "b_load: weight on the practice's demand-to-capacity ratio.", "jobChoice");
    public static final Parameter B_PEER = real("peerWeight", "utility", 1.0, 0, 20, "calibrated", "b_peer: weight on the share of network peers in that kind of role.", "jobChoice");
    public static final Parameter INERTIA = real("jobInertia", "utility", 4.5, 0, 20, "assumption: cost of moving", "Bonus of the GP's current post when reconsidering.", "jobChoice");
    public static final Parameter PARTNER_EXIT_COST = real("partnerExitCost", "utility", 3.0, 0, 50,
            "calibrated; assumption: notice periods of partnership deeds, selling a share of the premises, restrictive covenants",
            "Extra cost to a partner of leaving the partnership, on top of jobInertia.", "jobChoice");
    public static final Parameter LEAVE_UTILITY = real("leaveUtility", "utility", -0.5, -20, 20, "calibrated: 62% of completers join NHS practice (A9)", "Constant utility of leaving NHS general practice (besides income).", "jobChoice");
    public static final Parameter OUTSIDE_INCOME = real("outsideIncomePerFte", "pounds per FTE-year", 70000, 1000, 500000, "assumption", "Income of a GP outside NHS general practice.", "jobChoice");
    public static final Parameter TASTE_SD = real("tasteSd", "utility", 0.5, 0, 10, "assumption", "Spread of individual tastes (autonomy, flexibility, risk) drawn at entry.", "jobChoice");
    public static final Parameter YOUNG_TASTE_SLOPE = real("youngTasteSlope", "relative change per decade younger than 45", 0.3, 0, 2,
            "Q9: 37% of trainees intend partnership; N1: partners under 40 down 53%",
            "How much more younger GPs weight flexibility and risk.", "jobChoice");
    public static final Parameter LOCUM_INSECURITY = real("locumInsecurity", "liability units", 0.8, 0, 10,
            "assumption: locum work has no security (MODEL.md s6)",
            "The risk a GP sees in locum work, weighed like partnership liability.", "jobChoice");
    public static final Parameter SALARIED_PAY = real("salariedPayPerFte", "pounds per FTE-year", 78800, 10000, 500000,
            "derived: I1 salaried income 53,600 (2014/15) at 0.68 FTE",
            "Practice salaried GP pay at the start.", "jobChoice");
    public static final Parameter LOCUM_PAY = real("locumPayPerFte", "pounds per FTE-year", 95000, 10000, 500000,
            "assumption: locums have the highest pay per session",
            "Locum pay at the start.", "jobChoice");
    public static final Parameter PAY_GROWTH = real("payGrowth", "per year", 0.01, -0.1, 0.2,
            "assumption: public sector pay restraint, 2015-2019",
            "Annual growth of salaried, locum and outside pay.", "jobChoice");
    public static final Parameter BUY_IN = real("partnerBuyIn", "pounds", 50000, 0, 1e6,
            "assumption",
            "Capital a new partner buys into the practice (premises, goodwill); part of liability.", "jobChoice");
    public static final Parameter PREMISES_LIABILITY = real("premisesLiability", "pounds per practice", 300000, 0, 1e7,
            "assumption",
            "Mean premises liability (mortgage) of a practice that owns its premises; leased premises carry 0.4 of it (the lease).", "jobChoice");
    public static final Parameter OWNED_PREMISES_SHARE = real("ownedPremisesShare", "share of practices", 0.5, 0, 1,
            "assumption",
            "Share of practices whose partners own their premises (the rest lease).", "jobChoice");

    // ---------------------------------------------------------------- practice money
    public static final Parameter GLOBAL_SUM = real("globalSumPerPatient", "pounds per weighted patient per year", 76.51, 0, 1000,
            "F3: 76.51 in 2015/16", "Global sum at the start.", "money");
    public static final Parameter GLOBAL_SUM_GROWTH = real("globalSumGrowth", "per year", 0.041, -0.2, 0.5,
            "F1-F5: 76.51 (2015/16) to 89.88 (2019/20)", "Annual rise of the global sum each April.", "money");
    public static final Parameter QOF_PER_PATIENT = real("qofPerPatient", "pounds per patient per year", 17.6, 0, 500,
            "F17: QOF 12.9% of about 136 pounds per patient", "QOF payment at full achievement.", "money");
    public static final Parameter OTHER_INCOME_PER_PATIENT = real("otherIncomePerPatient", "pounds per patient per year", 42, 0, 1000,
            "F17: enhanced services, premises, dispensing and other payments, about 136 pounds per patient in all",
            "NHS income besides global sum, QOF and MPIG.", "money");
    public static final Parameter MPIG_SHARE = real("mpigShare", "share of practices", 0.61, 0, 1, "F15, F16: 61% of practices", "Practices with an MPIG correction payment.", "money");
    public static final Parameter MPIG_MEAN = real("mpigMean", "pounds per year", 12000, 0, 1e6, "F15, F16: mean 12k", "Mean MPIG of a practice that has one (2015/16).", "money");
    public static final Parameter MPIG_WITHDRAWAL = bool("mpigWithdrawal", true, "F15, F16: cut by one seventh each April, 2014/15 to 2020/21",
            "Whether MPIG is withdrawn one seventh a year.", "money");
    public static final Parameter FIXED_COST = real("fixedCostPerPractice", "pounds per year", 110000, 0, 5e6,
            "assumption: premises and a practice manager; why small practices are fragile",
            "Cost every practice bears whatever its size.", "money");
    public static final Parameter VARIABLE_COST = real("variableCostPerPatient", "pounds per patient per year", 65, 0, 1000,
            "calibrated: profit per partner near 103,800 (I1, I2) in 2015",
            "Staff and running costs per patient (nurses, reception, supplies).", "money");
    public static final Parameter COST_INFLATION = real("costInflation", "per year", 0.04, -0.1, 0.3,
            "calibrated with variableCostPerPatient on the 2015 level of profit per partner (I1, I2); with it profit per partner rises about 4% a year in cash 2015/16-2019/20, as the global sum does (F1-F5); checked against GE1, GE2, X122, X123 in ODD 8.35", "Annual rise of practice costs.", "money");
    public static final Parameter FEDERATION_SAVING = real("federationSaving", "share of variable costs", 0.03, 0, 0.5,
            "assumption: shared back office", "Variable costs saved by a federation member.", "money");
    public static final Parameter PROFIT_FLOOR = real("profitFloor", "pounds per partner per year", 70000, 0, 1e6,
            "assumption", "Profit per partner below which partners reconsider the practice's organisation.", "money");

    // ---------------------------------------------------------------- practice decisions
    public static final Parameter MONEY_WEIGHT = real("practiceMoneyWeight", "utility per 10k pounds per partner-year", 0.5, 0, 20,
            "calibrated", "Value partners put on profit in organisational decisions.", "practiceDecisions");
    public static final Parameter COVER_WEIGHT = real("coverWeight", "utility", 3.0, 0, 50,
            "calibrated", "Value of shared cover: the fall in last-person-standing risk from more partners.", "practiceDecisions");
    public static final Parameter PRACTICE_PEER_WEIGHT = real("practicePeerWeight", "utility", 1.0, 0, 20,
            "assumption", "Value added to a move by the share of neighbour practices that made it.", "practiceDecisions");
    public static final Parameter MERGER_COST = real("mergerCost", "utility", 6.0, 0, 50,
            "calibrated", "Cost of merging (lost autonomy, disruption).", "practiceDecisions");
    public static final Parameter MERGER_SIZE_PENALTY = real("mergerSizePenalty", "utility per 10,000 patients", 0.5, 0, 20,
            "assumption", "Diseconomy of a larger merged list.", "practiceDecisions");
    public static final Parameter MERGER_SMALLER_SURVIVES = real("mergerSmallerSurvives", "probability per merger", 0, 0, 1,
            "RE1: of the practices ended by 2019 that look merged (a neighbour within 3-10 km gained 0.6-1.4 times their list by the next September census), the smaller list's code survived in 11-12%, and in 24-26% of those of 5,000-10,000 and 42-47% over 10,000 (notebooks/merger-survivors.py; the test also fires for 9-35% of practices that never ended, so these are rough); default 0, the larger list always survives, keeps every run unchanged: an assumption",
            "Chance that a merger keeps the smaller list's practice (its code, site and memberships) and ends the larger (ODD 8.14).", "practiceDecisions");
    public static final Parameter FEDERATION_COST = real("federationCost", "utility", 1.5, 0, 50,
            "assumption", "Cost of joining a federation.", "practiceDecisions");
    public static final Parameter MERGER_FIXED_SAVING = real("mergerFixedSaving", "share of a site's fixed cost", 0.5, 0, 1,
            "assumption: one manager and shared systems for the merged practice",
            "Fixed cost of the absorbed site saved by a merger.", "practiceDecisions");
    public static final Parameter HAND_BACK_MONTHS = integer("handBackMonths", "months", 6, 0, 60,
            "assumption", "Months a practice with no partner keeps offering a partnership before handing back its contract.", "practiceDecisions");
    public static final Parameter CENSUS_ABSENT_HAND_BACK = bool("censusAbsentHandBack", false,
            "RE1: 212 practices open in April 2015 have no GP record in the September 2015 census, which counted every open practice (207 of them are missing from it altogether)",
            "Whether a real world's practices with no GP record in the September 2015 census start with no partner, their GPs salaried, due to hand back their contracts at the first quarterly decision (ODD 6).", "practiceDecisions");
    public static final Parameter CARETAKER_PROBABILITY = real("caretakerProbability", "share of hand-backs", 0.15, 0, 1,
            "assumption, not fitted: the national count of trust-run practices is known only for 2021, after the fitting period (2015-2019), so no figure sets it",
            "Chance a trust takes on a handed-back practice nobody else takes over.", "practiceDecisions");

    // ---------------------------------------------------------------- trusts
    public static final Parameter AE_TARIFF = real("aeTariff", "pounds per attendance", 130, 0, 10000, "assumption: 2015 reference costs", "Trust income per A&E attendance.", "trusts");
    public static final Parameter ADMISSION_TARIFF = real("admissionTariff", "pounds per admission", 1600, 0, 100000, "assumption: 2015 reference costs", "Trust income per emergency admission.", "trusts");
    public static final Parameter ELECTIVE_TARIFF = real("electiveTariff", "pounds per referral", 1200, 0, 100000, "assumption: 2015 reference costs", "Trust income per elective referral.", "trusts");
    public static final Parameter TRUST_COST_GROWTH = real("trustCostGrowth", "per year", 0.035, -0.1, 0.3, "assumption", "Annual rise of a trust's costs.", "trusts");
    public static final Parameter DISTANCE_WEIGHT = real("referralDistanceWeight", "utility per km", 0.1, 0, 10, "assumption", "How much distance deters referral to a trust.", "trusts");
    public static final Parameter WAIT_WEIGHT = real("referralWaitWeight", "utility per unit load", 2.0, 0, 50, "assumption", "How much a trust's referral load (referrals over start level) deters referral.", "trusts");

    // ---------------------------------------------------------------- policy levers (MODEL.md s7)
    // The status quo is the default: no ICO policy, no fund, no access guarantee. The scenario files
    // of experiments/ set the levers; each lever group has its own start month.
    public static final Parameter ICO_POLICY_START = month("icoPolicyStart", 2015, 5, 1990, 2100,
            "seeds 001, 003: Labour's plan, from a government elected in May 2015",
            "Calendar month from which the ICO policy (push, tariff, leadership rule, contractor status) applies.", "policy");
    public static final Parameter POLICY_PUSH = choice("policyPush", PolicyPush.NONE,
            "MODEL.md s7; seeds 000-003: every trust 'asked to evolve' into an ICO, 'no top-down mandate'",
            "How hard trusts are pushed to become ICOs: NONE (status quo), VOLUNTARY, STRONG (asked, not required), MANDATED (every acute trust forms one, practices absorbed unless they refuse at a cost).", "policy");
    public static final Parameter HOSPITAL_LED_ONLY = bool("hospitalLedOnly", true,
            "seeds 000, 002: hospital-led ICOs (Sept 2014); seed 001: could be led by GP practices (Jan 2015)",
            "Whether only hospital trusts may lead ICOs; false lets a large federation or merged practice lead one (GP-led).", "policy");
    public static final Parameter YEAR_OF_CARE_TARIFF = real("yearOfCareTariff", "pounds per enrolled patient per year", 1000, 0, 100000,
            "assumption: no tariff was ever set; sized so the tariff for England's top 2% (about 0.9M adults) is about 1bn pounds a year, the scale of the 2.5bn Time to Care fund",
            "Capitated year-of-care payment to an operating ICO for each enrolled patient of its member practices.", "policy");
    public static final Parameter YEAR_OF_CARE_COVERAGE = choice("yearOfCareCoverage", YearOfCareCoverage.HIGH,
            "seeds 001, 003: 'initially for patients at greatest risk of hospitalisation'; R1: top 2% of adults",
            "Which risk tiers the tariff covers (enrolled patients): HIGH only, or HIGH and RISING.", "policy");
    public static final Parameter ICO_SALARY_PREMIUM = real("icoSalaryPremium", "share of practice salaried pay", 0.05, -0.5, 2,
            "assumption; seed 001: ICO jobs would need pay 'well in advance of current salaried posts' to attract young GPs",
            "How much more an ICO pays its salaried GPs than practices pay theirs.", "policy");
    public static final Parameter INDEPENDENT_CONTRACTOR_KEPT = bool("independentContractorKept", true,
            "seed 004: Labour 'would not abolish independent contractor status'",
            "Whether practices may still take on new partners under the ICO policy; false closes new partnerships (existing partners keep theirs).", "policy");
    public static final Parameter TIME_TO_CARE_GPS = real("timeToCareGps", "GPs (England)", 0, 0, 100000,
            "seeds 000, 002, 003: 8,000 new GPs from the 2.5bn Time to Care fund (0 in the status quo)",
            "Extra GPs the fund brings into NHS general practice over the fund years, England; scaled by the model's population share.", "policy");
    public static final Parameter TIME_TO_CARE_START = month("timeToCareStart", 2015, 5, 1990, 2100,
            "seeds 000, 003", "Calendar month the Time to Care fund starts adding GPs.", "policy");
    public static final Parameter FUND_YEARS = integer("fundYears", "years", 5, 1, 50,
            "assumption: one parliament, 2015-2020",
            "Years over which the fund's GPs arrive, evenly.", "policy");
    public static final Parameter FUND_ICO_SHARE = real("fundIcoShare", "share of fund GPs", 0.8, 0, 1,
            "assumption; seed 000: 'the focus should be on getting new GPs into ICOs'",
            "Share of the fund's GPs whose posts are funded at ICOs (the rest enter the ordinary labour market).", "policy");
    public static final Parameter TIME_TO_CARE_ROUTE = choice("timeToCareRoute", TimeToCareRoute.DIRECT,
            "issue 15 item 4; seed 000: 'bringing through a new generation of staff'; DIRECT is the plan as first modelled (qualified GPs on arrival), PIPELINE brings them through training places and international recruitment",
            "How the fund's GPs come: DIRECT (fully qualified GPs arriving evenly over the fund years) or PIPELINE (extra three-year training places, filled at trainingFillRate, and international recruits arriving after internationalLagMonths at internationalYield).", "policy");
    public static final Parameter FUND_TRAINING_SHARE = real("fundTrainingShare", "share of fund GPs", 0.75, 0, 1,
            "assumption; seed 000: a 'ladder' into NHS work for young people; the rest from abroad",
            "With PIPELINE: share of the fund's GPs sought through extra GP training places (one place per GP sought); the rest through international recruitment.", "policy");
    public static final Parameter TRAINING_FILL_RATE = real("trainingFillRate", "share of places", 0.89, 0, 1,
            "X50: 2,769 of 3,117 GP training posts filled in England in 2015 (89%); X51, X52: 3,019 of the 3,250 target in 2016 (93%)",
            "With PIPELINE: share of the fund's extra training places that are filled; each filled place is a registrar for trainingMonths who then chooses a job like any completer (8.11, 8.12).", "policy");
    public static final Parameter INTERNATIONAL_YIELD = real("internationalYield", "share of recruits sought", 0.5, 0, 1,
            "assumption: international GP recruitment delivered well below its aims in the late 2010s; not sourced here",
            "With PIPELINE: share of the international recruits the fund seeks who arrive and enter NHS general practice.", "policy");
    public static final Parameter INTERNATIONAL_LAG_MONTHS = integer("internationalLagMonths", "months", 12, 0, 120,
            "assumption: recruitment, GMC registration, the performers list and an induction scheme",
            "With PIPELINE: months from the fund seeking an international recruit to their arrival.", "policy");
    public static final Parameter TRAINING_PLACE_COST = real("trainingPlaceCost", "pounds per trainee-year", 65000, 0, 1e6,
            "assumption: a registrar's salary with its supplement and on-costs and the training practice's grant, 2015 prices",
            "With PIPELINE: what the fund pays for each filled training place a year, while the registrar trains (fundSpend).", "policy");
    public static final Parameter RECRUITMENT_COST = real("recruitmentCost", "pounds per recruit", 20000, 0, 1e6,
            "assumption: agency fees, relocation and induction, 2015 prices",
            "With PIPELINE: what the fund pays for each international recruit who arrives (fundSpend).", "policy");
    public static final Parameter FUNDED_POSTS_END_WITH_FUND = bool("fundedPostsEndWithFund", false,
            "issue 15 item 4: the fund pays for its posts for the fund's years; false keeps them funded for ever (the plan as first modelled)",
            "Whether the ICO posts the fund pays for stop being funded when the fund years end, so that their employer pays for them from then on.", "policy");
    public static final Parameter ACCESS_GUARANTEE = bool("accessGuarantee48h", false,
            "seeds 003, 004: Labour's pledge of a GP appointment within 48 hours",
            "Whether the 48-hour appointment guarantee applies (from accessGuaranteeStart).", "policy");
    public static final Parameter ACCESS_GUARANTEE_START = month("accessGuaranteeStart", 2015, 5, 1990, 2100,
            "seed 003", "Calendar month the access guarantee starts.", "policy");
    public static final Parameter GUARANTEE_DEMAND_EFFECT = real("guaranteeDemandEffect", "relative increase", 0.05, 0, 1,
            "assumption: a guarantee draws out requests patients would not have made",
            "Relative rise in appointment requests under the access guarantee.", "policy");
    public static final Parameter GUARANTEE_AE_EFFECT = real("guaranteeAeEffect", "relative decrease", 0.03, 0, 1,
            "assumption; seed 003: scrapping the earlier 48-hour target 'resulted in longer waiting times ... and increased A&E attendance'",
            "Relative fall in A&E attendance under the access guarantee.", "policy");

    // ---------------------------------------------------------------- ICO behaviour (MODEL.md s6)
    public static final Parameter ICO_INNOVATION = real("icoInnovation", "per quarter", 0.1, 0, 1,
            "assumption; Bass (1969) diffusion: the rate at which a trust converts with no converted peers, under a strong push; with icoImitation set so half the acute trusts operate ICOs about 4 years into a strong push, within Labour's '10-year journey' (seed 003)",
            "p of the formation hazard: conversion rate without peers, at full push and readiness 1.", "ico");
    public static final Parameter ICO_IMITATION = real("icoImitation", "per quarter", 0.6, 0, 10,
            "assumption; Bass (1969) diffusion: imitation of trusts that already converted",
            "q of the formation hazard: added conversion rate when every peer trust is an ICO.", "ico");
    public static final Parameter VOLUNTARY_PUSH = real("voluntaryPush", "relative to a strong push", 0.3, 0, 1,
            "assumption", "Policy push of a VOLUNTARY policy, relative to STRONG (1).", "ico");
    public static final Parameter FORMATION_SUPPORT_WEIGHT = real("formationSupportWeight", "log hazard ratio", 2.0, 0, 20,
            "assumption; MODEL.md s6: readiness rises with local GP support",
            "How much the share of referring practices that would join raises a trust's readiness (log scale, per unit share above one half).", "ico");
    public static final Parameter FORMATION_INCOME_WEIGHT = real("formationIncomeWeight", "log hazard ratio per share of annual costs", 3.0, 0, 100,
            "assumption; MODEL.md s6: readiness rises with the year-of-care income it would gain",
            "How much the year-of-care income a trust would gain (over its annual costs) raises its readiness.", "ico");
    public static final Parameter FORMATION_DEFICIT_WEIGHT = real("formationDeficitWeight", "log hazard ratio per share of annual costs", 3.0, 0, 100,
            "assumption; MODEL.md s6: a deficit slows them",
            "How much a trust's deficit (over its annual costs) lowers its readiness.", "ico");
    public static final Parameter ICO_FORMING_MONTHS = integer("icoFormingMonths", "months", 12, 0, 120,
            "assumption: setting up a new organisation and contract took a year or more for the 2015 vanguards",
            "Months between a trust deciding to form an ICO and the ICO operating.", "ico");
    public static final Parameter GP_LED_MIN_LIST = real("gpLedMinList", "patients", 30000, 1000, 1e7,
            "assumption: the size of the federations and super-partnerships that led the 2015 multispecialty community provider vanguards",
            "Registered list a federation or merged practice needs to lead a GP-led ICO.", "ico");
    public static final Parameter COMMUNITY_LEAD_PROBABILITY = real("communityLeadProbability", "probability", 0, 0, 1,
            "assumption: seeds 000 (\"all hospital trusts and other NHS bodies\") and 003 (\"every hospital and NHS trust\"); no figure says how many",
            "Chance that an ICO no GP group leads is led by a community or mental-health trust of its economy, where others than hospitals may lead (hospitalLedOnly false).", "ico");
    public static final Parameter ICO_OFFER_MONTHS = integer("icoOfferMonths", "months", 12, 3, 120,
            "assumption: an annual round of offers",
            "How often an operating ICO offers alliance membership to the practices that refer to it.", "ico");
    public static final Parameter ALLIANCE_TARIFF_SHARE = real("allianceTariffShare", "share of the tariff", 0.2, 0, 1,
            "assumption; MODEL.md s6: alliance members get a share of the year-of-care tariff",
            "Share of the tariff for an alliance member's enrolled patients passed to the practice.", "ico");
    public static final Parameter ALLIANCE_COST = real("allianceCost", "utility", 1.5, 0, 50,
            "assumption: shared governance, data sharing, loss of some control",
            "Cost to partners of joining an ICO as an alliance member.", "ico");
    public static final Parameter ABSORPTION_COST = real("absorptionCost", "utility", 3.0, 0, 50,
            "assumption; seed 004: independent contractor status a 'bedrock' for GPs",
            "Cost to partners of giving up their contract to be run by an ICO (lost autonomy).", "ico");
    public static final Parameter HOSPITAL_LED_AVERSION = real("hospitalLedAversion", "utility", 1.5, 0, 50,
            "assumption; seed 002: GPs backed integration with hospitals, 'but not if the integration was led by foundation trust hospitals'",
            "Extra cost to partners of joining or being run by a hospital-led ICO rather than a GP-led one.", "ico");
    public static final Parameter HOSPITAL_LED_JOB_AVERSION = real("hospitalLedJobAversion", "utility", 0.5, 0, 20,
            "assumption; seed 002",
            "Utility a GP loses working for a hospital-led rather than a GP-led ICO.", "ico");
    public static final Parameter ABSORPTION_EXIT_EFFECT = real("absorptionExitEffect", "log hazard ratio", 0, 0, 5,
            "assumption, null by default: no survey of the time measured it; seed 004 ('you will start to lose people'), seed 002"
                    + " (GPs backed integration 'but not if ... led by foundation trust hospitals'); PR1: Wessex GPs intending to leave"
                    + " within two years rose from 13% to 18% (2014-2017) as policy and workload changed, a log ratio of 0.33",
            "Rise of the log monthly exit hazard of GPs at a practice near one a hospital-led ICO absorbed, for absorptionResponseMonths"
                    + " (8.40; 0: no response).", "ico");
    public static final Parameter ABSORPTION_PARTNER_AVERSION = real("absorptionPartnerAversion", "utility", 0, 0, 20,
            "assumption, null by default; seed 004: independent contractor status a 'bedrock' for GPs",
            "Utility a GP loses by taking a partnership at a practice near one a hospital-led ICO absorbed, for"
                    + " absorptionResponseMonths (8.40; 0: no response).", "ico");
    public static final Parameter ABSORPTION_RESPONSE_MONTHS = integer("absorptionResponseMonths", "months", 24, 1, 120,
            "assumption: about one round of the partners' plans (PR1 asked about the next two years)",
            "How long the profession's response to a nearby hospital-led absorption lasts (8.40).", "ico");
    public static final Parameter MANDATE_REFUSAL_COST = real("mandateRefusalCost", "utility", 4.0, 0, 50,
            "assumption: the cost of refusing a mandated absorption (lost funding, pressure from commissioners)",
            "Cost to partners of refusing absorption under a MANDATED policy.", "ico");
    public static final Parameter ICO_GP_BUDGET_SHARE = real("icoGpBudgetShare", "share of year-of-care income", 0.25, 0, 1,
            "assumption: the rest of the budget pays the community team (nurses, therapists, social care)",
            "Share of an ICO's year-of-care income spent on salaried GPs in its multidisciplinary team.", "ico");
    public static final Parameter ICO_ADMISSION_EFFECT = real("icoAdmissionEffect", "relative decrease", 0.20, 0, 1,
            "derived: V7 emergency admissions IRR 0.97 (95% CI 0.95-0.99) under vertical integration, carried by the enrolled (high-risk) tier, which has 15% of emergency admissions in the model's 2015 case mix: 0.20 (0.067-0.33); V7 ambulatory-care-sensitive admissions: no change",
            "Relative fall in the emergency admission rate of enrolled patients of an operating ICO's members at full coverage (icoEffectByCoverage).", "ico");
    public static final Parameter ICO_AE_EFFECT = real("icoAeEffect", "relative decrease", 0.40, 0, 1,
            "derived: V7 A&E attendances IRR 0.98 (95% CI 0.96-0.99) under vertical integration, carried by the enrolled (high-risk) tier, which has 5% of A&E attendances in the model's 2015 case mix: 0.40 (0.20-0.80); V8 (Wolverhampton): no change",
            "Relative fall in the A&E attendance rate of enrolled patients of an operating ICO's members at full coverage (icoEffectByCoverage).", "ico");
    public static final Parameter ICO_MEMBERS_MAY_MERGE = bool("icoMembersMayMerge", true,
            "assumption: alliance members keep their contracts and partners (seeds 000, 002: independent contractor status kept), so they merge as other partnerships do",
            "Whether an ICO's alliance members may merge with neighbours (independent, federated, or members of the same ICO; never across two ICOs); practices an ICO or a trust runs are never merged with.", "ico");
    public static final Parameter ICO_EFFECT_BY_COVERAGE = bool("icoEffectByCoverage", true,
            "assumption: a linear dose-response in the share of enrolled patients' GP demand the ICO's care meets; V7 measured practices run by their trust, taken as full coverage",
            "Whether an ICO's effect on admissions and A&E grows with its coverage (its team's appointments over its members' enrolled demand; an ICO-run practice's own access at least), rather than acting in full on every member from its first month.", "ico");

    public static final Parameter YEAR_OF_CARE_BUDGET = choice("yearOfCareBudget", YearOfCareBudget.TOP_UP,
            "seed 000: the 'year-of-care budget' that 'turns the financial tide around'; TOP_UP: the model"
                    + " before 8.41 (no risk carried); CAPITATED: the budget as a capitation that carries the risk of the enrolled"
                    + " patients' hospital use, as IC1's lead-provider contract did",
            "How an operating ICO is paid for its enrolled patients: TOP_UP, the year-of-care tariff on top of the activity tariffs"
                    + " (8.19); CAPITATED, also a capitation by risk tier in place of the activity tariffs for their A&E attendances and"
                    + " admissions, its surplus or deficit deciding whether it takes on practices, hands them back or dissolves (8.41).", "ico");
    public static final Parameter CAPITATION_DISCOUNT = real("capitationDiscount", "share of expected hospital cost", 0, 0, 0.5,
            "assumption: the capitation priced at the expected use of the economy's enrolled patients when the ICO starts; IC1:"
                    + " UnitingCare's business case counted on net savings of 178m pounds over five years, mostly from fewer emergency"
                    + " admissions, which a commissioner could take up front as a discount",
            "How far below the expected cost of its enrolled patients' A&E attendances and admissions an ICO's capitation is set"
                    + " (yearOfCareBudget CAPITATED, 8.41).", "ico");
    public static final Parameter ICO_FAILURE_DEFICIT = real("icoFailureDeficit", "share of a year's ICO income", 0.1, 0, 10,
            "IC1: UnitingCare's five-year contract of 726m pounds (about 145m a year) ended after eight months with unfunded costs"
                    + " of at least 16m (0.11 of a year's value) and a gap of about 30m in its first year (0.2)",
            "Accumulated deficit of an ICO's own account, over a year of its income at this month's rate, at which it dissolves"
                    + " (yearOfCareBudget CAPITATED, 8.41).", "ico");

    // ---------------------------------------------------------------- Covid-19 from March 2020 (ODD 8.26-8.29)
    public static final Parameter COVID = bool("covid", false,
            "X90-X98: restriction dates; X84-X88: vaccination fees (off in the catalogue; on in the shipped models, with the rest of the policy world of 2015-2025)",
            "Whether Covid-19 acts from March 2020: restrictions by month (8.26), their effects on demand, consultation mode, A&E, admissions and referrals (8.27), vaccination income (8.28) and GPs' exits and burnout (8.29).", "covid");
    public static final Parameter COVID_DEMAND_FALL = real("covidDemandFall", "relative decrease at stringency 1", 0.3, 0, 0.8,
            "assumption: stay-at-home advice and fear of infection kept patients from asking; plausible 0.1-0.5",
            "Relative fall in GP appointment requests at full stringency (scaled by the month's stringency).", "covid");
    public static final Parameter COVID_DEFERRED_SHARE = real("covidDeferredShare", "share of suppressed activity", 0.5, 0, 1,
            "assumption: part of the need not brought forward in lockdown returns later, part is lost or met elsewhere; plausible 0.25-0.75",
            "Share of the GP requests and elective referrals suppressed by restrictions that is deferred into a backlog rather than lost.", "covid");
    public static final Parameter COVID_BACKLOG_RELEASE = real("covidBacklogRelease", "share of the backlog per month at stringency 0", 0.1, 0, 1,
            "assumption: most deferred need returns within about a year of restrictions easing; plausible 0.05-0.25",
            "Share of the deferred backlog that returns each month, scaled by one minus the stringency.", "covid");
    public static final Parameter COVID_REMOTE_SHARE = real("covidRemoteShare", "share of GP appointments", 0.5, 0, 0.9,
            "assumption: remote-first triage in lockdown, on top of the pre-2020 mix inside appointmentsPerFteYear; plausible 0.3-0.7",
            "Extra share of GP appointments held remotely (telephone, video, online) at full stringency.", "covid");
    public static final Parameter COVID_REMOTE_PERSISTENCE = real("covidRemotePersistence", "share of the peak", 0.5, 0, 1,
            "assumption: the remote share falls as restrictions ease but not to its pre-2020 level (habits, systems kept); plausible 0.25-0.75",
            "Floor of the extra remote share after the peak, as a share of the highest stringency so far.", "covid");
    public static final Parameter COVID_REMOTE_TIME = real("covidRemoteTime", "relative GP time", 0.85, 0.5, 1.5,
            "assumption informed by K1, K2 (pre-2020: remote consultations are shorter, but telephone-first brought more follow-up contacts); plausible 0.7-1.1",
            "GP time of a remote appointment relative to a face-to-face one.", "covid");
    public static final Parameter COVID_ABSENCE = real("covidAbsence", "share of GP sessions", 0.05, 0, 0.3,
            "assumption: self-isolation, shielding and illness; plausible 0-0.1",
            "Share of GP sessions lost at full stringency.", "covid");
    public static final Parameter COVID_AE_FALL = real("covidAeFall", "relative decrease at stringency 1", 0.4, 0, 0.8,
            "assumption: stay-at-home advice and fear of infection; fewer injuries with less travel and work; plausible 0.2-0.6",
            "Relative fall in A&E attendance rates at full stringency.", "covid");
    public static final Parameter COVID_ADMISSION_FALL = real("covidAdmissionFall", "relative decrease at stringency 1", 0.2, 0, 0.6,
            "assumption: smaller than the fall in A&E, since admissions are sicker patients; plausible 0.1-0.35",
            "Relative fall in emergency admission rates at full stringency.", "covid");
    public static final Parameter COVID_REFERRAL_FALL = real("covidReferralFall", "relative decrease at stringency 1", 0.5, 0, 0.9,
            "assumption: elective care paused and GPs referring only urgent cases; plausible 0.3-0.7",
            "Relative fall in elective referrals per met GP appointment at full stringency.", "covid");
    public static final Parameter COVID_VACCINATION_UPTAKE = real("covidVaccinationUptake", "share of eligible patients", 0.5, 0, 1,
            "assumption: K3 (pre-2020 flu vaccine uptake, 72% of over-65s in 2018/19) times a share of doses given at practice sites rather than vaccination centres and pharmacies (assumption 0.7)",
            "Share of a practice's eligible patients given each campaign's doses by the practice (its network's site).", "covid");
    public static final Parameter COVID_VACCINATION_COST_SHARE = real("covidVaccinationCostShare", "share of fee income", 0.5, 0, 1,
            "assumption: staff time, sites and consumables the fee must cover; plausible 0.3-0.8",
            "Share of vaccination fee income spent on delivering the doses.", "covid");
    public static final Parameter COVID_RETIREMENT_DEFERRAL = real("covidRetirementDeferral", "relative decrease at stringency 1", 0.3, 0, 1,
            "assumption: GPs aged 55 and over who planned to leave stayed on through the emergency; plausible 0-0.5",
            "Relative fall in the exit hazard of GPs aged 55 and over at full stringency.", "covid");
    public static final Parameter COVID_EXTRA_LOAD = real("covidExtraLoad", "workload units at stringency 1", 0.2, 0, 1,
            "assumption: infection control, changing guidance and remote triage add to the load a GP feels; plausible 0.1-0.4",
            "Workload added to what a GP at a practice feels (burnout) at full stringency.", "covid");
    // ---------------------------------------------------------------- primary care networks (ODD 8.30-8.32)
    // Off in the catalogue; the shipped models switch the policy world of 2015-2025 on (ODD section 8).
    public static final Parameter PRIMARY_CARE_NETWORKS = bool("primaryCareNetworks", false,
            "X67, X68: the network contract DES, practices' requirements from 1 July 2019; X138: 99.5% of practices signed",
            "Whether practices form primary care networks (from pcnStart) that hold additional-roles staff (ARRS) and bring network payments (ODD 8.30-8.32).", "pcn");
    public static final Parameter PCN_START = month("pcnStart", 2019, 7, 1990, 2100,
            "X67, X68: PCNs formed, and practice requirements of the DES began, on 1 July 2019",
            "Calendar month the practices form primary care networks and the network contract starts.", "pcn");
    public static final Parameter PCN_MIN_LIST = real("pcnMinList", "patients", 30000, 1000, 1e6,
            "X66, X67: networks 'typically' of 30,000 to 50,000 patients; a practice of 30,000 or more may be a network alone",
            "Registered list at which a forming network stops taking neighbours' blocks below it only if it has reached pcnTargetList; a block this large is a network alone; a remnant below it joins the nearest network of its group.", "pcn");
    public static final Parameter PCN_TARGET_LIST = real("pcnTargetList", "patients", 45000, 1000, 1e7,
            "assumption, within X66's 30,000-50,000: with it the synthetic England (models/england.json, seed 20150401) forms 1,296 networks in July 2019, against X66's about 1,250 (about 1,300 expected mid-2019)",
            "Registered list a forming network takes its nearest neighbours' blocks up to.", "pcn");
    public static final Parameter PCN_MAX_LIST = real("pcnMaxList", "patients", 50000, 1000, 1e7,
            "X66, X67: 'typically' at most 50,000; X64: a super-partnership may be one network above it",
            "Registered list a forming network may not pass by taking a neighbour's block (an indivisible block or a remnant may take it past).", "pcn");
    public static final Parameter ARRS_RECRUITMENT_LAG = real("arrsRecruitmentLagMonths", "months", 6, 0, 60,
            "assumption: advertising, appointing and notice periods of one to three months each; not fitted (staff-in-post figures after 2019 are out of sample)",
            "Time constant of the first-order lag by which a network's additional-roles FTE in post follow the FTE the scheme funds (0: at once).", "pcn");
    public static final Parameter ARRS_APPOINTMENT_RATIO = real("arrsAppointmentRatio", "GP appointments per ARRS FTE over those per GP FTE", 0.5, 0, 2,
            "assumption: of the funded roles, clinical pharmacists, physiotherapists, paramedics and physician associates see patients in GP-type appointments, often longer; social prescribers and care co-ordinators mostly do not",
            "GP appointments an additional-roles FTE gives a month, over those a salaried GP FTE gives (appointmentsPerFteYear / 12).", "pcn");
    public static final Parameter ARRS_SUBSTITUTABLE_SHARE = real("arrsSubstitutableShare", "share of GP appointment demand", 0.17, 0, 1,
            "PCF15: about 1 in 6 patients in a 2015 audit of GP appointments could have been seen by someone else in the wider primary care team (clinical pharmacists, nurses, physician associates)",
            "Most of a practice's GP appointment demand its network's additional-roles staff can take off its GPs.", "pcn");

    // ---------------------------------------------------------------- hours and the locum market (issue 14, items 6 and 7)
    public static final Parameter HOURS_AS_CHOICE = bool("hoursAsChoice", false,
            "switch: off keeps FTE fixed by role (ODD 8.33)",
            "Whether each GP chooses its weekly sessions with its job and revisits them (SessionChoice), rather than working its role's mean FTE shifted by its own taste.", "hours");
    public static final Parameter SESSIONS_PER_FTE = real("sessionsPerFte", "sessions a week per FTE", 9, 6, 12,
            "X41: full time is 37.5 hours, 9 sessions",
            "Sessions a week that make one FTE.", "hours");
    public static final Parameter MIN_SESSIONS = integer("minSessions", "sessions a week", 2, 1, 9,
            "assumption: the FTE floor 0.2 the model used before sessions were chosen",
            "Fewest sessions a week a GP in post works.", "hours");
    public static final Parameter MAX_SESSIONS = integer("maxSessions", "sessions a week", 11, 9, 15,
            "assumption: the FTE ceiling 1.2 the model used before sessions were chosen",
            "Most sessions a week a GP works.", "hours");
    public static final Parameter SESSION_REVIEW_MONTHS = integer("sessionReviewMonths", "months", 12, 1, 120,
            "assumption: job plans and appraisal are yearly",
            "How often a GP revisits its sessions (and every month while its burnout is above burnoutQuit).", "hours");
    public static final Parameter SESSION_AGE_START = real("sessionAgeStart", "years", 55, 40, 70,
            "assumption: the age from which GPs wind down (A1-A3: the 55+ retirement bulge)",
            "Age from which a GP chooses fewer sessions each year.", "hours");
    public static final Parameter SESSION_AGE_SLOPE = real("sessionAgeSlope", "sessions a week per year of age", 0.15, 0, 1,
            "assumption: about one session fewer for each seven years past sessionAgeStart",
            "Sessions a GP gives up for each year of age past sessionAgeStart.", "hours");
    public static final Parameter SESSION_BURNOUT_EFFECT = real("sessionBurnoutEffect", "sessions a week per unit burnout", 2.0, 0, 9,
            "assumption, informed by G7: 40% of GPs polled had cut sessions in the past year for their work-life balance (Dec 2018)",
            "Sessions a fully burnt-out GP gives up.", "hours");
    public static final Parameter SESSION_WORKLOAD_EFFECT = real("sessionWorkloadEffect", "sessions a week per unit of felt workload above the norm", 1.0, 0, 9,
            "assumption, informed by G7 (as sessionBurnoutEffect)",
            "Sessions a GP gives up for each unit of felt workload above the norm (1).", "hours");
    public static final Parameter SESSION_PAY_ELASTICITY = real("sessionPayElasticity", "elasticity", 0.1, -1, 1,
            "assumption: doctors' hours respond little to pay",
            "Elasticity of a salaried GP's or locum's sessions with respect to its pay per FTE (relative to its 2015/16 value); partners' drawings are a share of profit, not paid by the session.", "hours");
    public static final Parameter LOCUM_MARKET = bool("locumMarket", false,
            "switch: off keeps locum pay on the calendar and locums covering every gap (ODD 8.34)",
            "Whether locum rates respond to the shortage of locum cover in each economy, practices' use of locums to the rate, and locums' pay to the April 2017 IR35 change (LocumMarket).", "hours");
    public static final Parameter LOCUM_PRICE_ADJUSTMENT = real("locumPriceAdjustment", "share of the gap closed per month", 0.1, 0, 1,
            "assumption: locum rates move within months (half the gap in about 7 months)",
            "How fast the log locum rate index moves towards its level for the market's tightness.", "hours");
    public static final Parameter LOCUM_RATE_ELASTICITY = real("locumRateElasticity", "elasticity", 0.5, 0, 5,
            "assumption: a market twice as tight as in April 2015 pays about 40% more",
            "Elasticity of the locum rate's level with respect to the market's tightness (cover wanted over locum FTE) relative to April 2015.", "hours");
    public static final Parameter LOCUM_DEMAND_ELASTICITY = real("locumDemandElasticity", "elasticity", 0.5, 0, 5,
            "assumption: practices cut cover, not all of it, as rates rise",
            "Elasticity of the cover practices want (a share of their permanent gap) with respect to the locum rate index.", "hours");
    public static final Parameter IR35_LOCUM_PAY_CUT = real("ir35LocumPayCut", "share of locum pay", 0.03, 0, 0.3,
            "assumption: X111, X112 from 6 April 2017 NHS bodies and GMS/PMS practices decide the tax status of locums who work through personal service companies; most GP locums are sole traders whom it does not reach, and for those it does the loss of the company route is about a tenth to a fifth of take-home pay",
            "Fall of locums' mean take-home pay per FTE from April 2017 (the off-payroll rule for public-sector work).", "hours");
    // ---------------------------------------------------------------- money as it happened, 2015/16-2024/25 (issue 14)
    public static final Parameter MONEY_AS_IT_HAPPENED = bool("moneyAsItHappened", false,
            "X4, X5, X1-X3, X6, X9-X19 (global sum); X27-X46, X17, X18 (salaried pay awards); X124 (CPIH)",
            "Whether the global sum, salaried, locum and outside pay and practice costs follow the published series of 2015/16-2024/25 (ODD 8.35) instead of the constant rates globalSumGrowth, payGrowth and costInflation.", "moneyAsItHappened");
    public static final Parameter EXPENSE_REAL_GROWTH = real("expenseRealGrowth", "per year", 0.035, -0.1, 0.2,
            "calibrated: the mean profit per partner of GE1, GE2, X122, X123 (2015/16-2018/19, models/partner-income-targets.csv) with the policy world on (3.5%: within +0.2%, +3.2%, +5.5%, -3.6%); the expense figures alone (X122 expenses per GP +8.7%, +7.0%, with partner FTE G1, G7, patients P5 and CPIH X124) give about +1%, the lower end; the rest stands for the payments folded into the global sum that the model's other income never loses (ODD 8.35)",
            "Growth of practice costs per patient above CPIH each April, with moneyAsItHappened: more staff per patient, not prices.", "moneyAsItHappened");

    // ---------------------------------------------------------------- state indemnity, April 2019 (issue 14)
    public static final Parameter STATE_INDEMNITY = bool("stateIndemnity", false,
            "X106, X37: CNSGP from 1 April 2019; X107, X136: indemnity support payments 2016/17, 2017/18",
            "Whether partners pay clinical negligence indemnity until March 2019, practices receive the indemnity support payments of 2016/17 and 2017/18, and the state scheme (CNSGP) takes the cost from April 2019 (ODD 8.36).", "indemnity");
    public static final Parameter INDEMNITY_COST = real("indemnityCostPerFte", "pounds per partner FTE-year", 9000, 0, 50000,
            "IN1: 1,132 pounds per weekly session a year in 2015 (10 sessions 11,320); IN2: MDU 6,975 for an eight-session partner, 2013/14",
            "A partner's indemnity subscription in 2015/16, a cost of the practice per partner FTE, until March 2019.", "indemnity");
    public static final Parameter INDEMNITY_INFLATION = real("indemnityInflation", "per year", 0.1, 0, 0.5,
            "IN3: rises of about 10% a year reported by the defence organisations (a survey of GPs found 25.5%), 2016",
            "Annual rise of the indemnity subscription each April, 2016/17-2018/19.", "indemnity");

    // ---------------------------------------------------------------- New to Partnership Payment, 2020-2023 (issue 14)
    public static final Parameter NEW_TO_PARTNERSHIP = bool("newToPartnershipPayment", false,
            "X108, X109, X137: for new partners from 1 April 2020; X110: to March 2023",
            "Whether a GP who is not a partner sees the New to Partnership Payment in the income of a partnership it is offered, April 2020 to March 2023 (ODD 8.37).", "newToPartnership");

    // ---------------------------------------------------------------- NHS pension annual allowance (issue 14)
    public static final Parameter PENSION_ALLOWANCE = bool("pensionAnnualAllowance", false,
            "X99-X101: annual allowance and taper 2016/17-2023/24; X104, X105: 2019/20 charges compensated",
            "Whether senior partners whose income passes the taper thresholds face an annual allowance tax charge that raises their hazard of leaving (ODD 8.38).", "pensionAllowance");
    public static final Parameter PENSION_INPUT_SHARE = real("pensionInputShare", "share of profit", 0.3, 0, 1,
            "derived: NHS 2015 scheme accrual 1/54 of pensionable pay times HMRC's factor of 16 = 0.296 (X99, X100); assumption: profit taken as pensionable pay",
            "A partner's pension input amount in a year, as a share of its profit share.", "pensionAllowance");
    public static final Parameter PENSION_TAX_RATE = real("pensionTaxRate", "share of the excess", 0.45, 0, 1,
            "X99: the charge is at the marginal rate; 45% above 150,000 pounds, 40% below",
            "Tax rate of the annual allowance charge on the pension input above the allowance.", "pensionAllowance");
    public static final Parameter PENSION_EXIT_EFFECT = real("pensionExitEffect", "per 10,000 pounds of charge a year", 0.2, 0, 5,
            "assumption, informed by PS1: 53% of GPs intended to retire early because of the pension tax rules and 42% had cut hours (BMA, August 2019); intentions overstate acts",
            "Log of the multiplier of a charged partner's exit hazard per 10,000 pounds of annual allowance charge.", "pensionAllowance");
    public static final Parameter PENSION_MIN_AGE = real("pensionMinAge", "years", 50, 18, 80,
            "assumption: pension growth large enough to pass the allowance needs long service (1995 section final-salary benefits)",
            "Age from which a partner's pension growth is taken to be exposed to the annual allowance.", "pensionAllowance");
    // ---------------------------------------------------------------- large-scale providers (ODD 8.39)
    // Off by default in the catalogue, as every issue-14 mechanism is; a model file switches it on.
    public static final Parameter LARGE_SCALE_PROVIDERS = bool("largeScaleProviders", false,
            "LS1, LS2, LS4: super-partnerships of many practices formed from 2014-15 (Our Health Partnership: about 37 practices and 300,000 patients); providers of more than 100,000 patients held 0.5M patients in 2017",
            "Whether practices join super-partnerships (large-scale providers) that share a back office, lend a partner to a member left without one and take on handed-back contracts (ODD 8.39).", "providers");
    public static final Parameter PROVIDER_START = month("providerStart", 2015, 4, 1990, 2100,
            "LS2, LS4: super-partnerships were already forming when the model starts (April 2015)",
            "Calendar month from which practices may form and join large-scale providers.", "providers");
    public static final Parameter PROVIDER_REVIEW_RATE = real("providerReviewRate", "probability per quarter", 0.001, 0, 1,
            "assumption: few partnerships weigh a super-partnership in any quarter; set by hand with providerRecruitRate (8.39) so that, on the synthetic England, members hold under 5% of practices in March 2018 (LS2: about 5% of practices worked closely at scale in early 2018, large single practices included, so an upper bound) and providers of more than 100,000 patients hold some hundreds of thousands of patients in September 2017 (LS1: about 0.5 million); not calibrated",
            "Chance each quarter that an eligible practice not in a provider weighs joining or founding one.", "providers");
    public static final Parameter PROVIDER_SAVING = real("providerSaving", "share of fixed costs", 0.15, 0, 0.5,
            "assumption, informed by LS3: shared management, human resources, finance and IT are the economies of scale large-scale practice claims, unmeasured",
            "Share of a member practice's fixed costs the provider's shared back office saves.", "providers");
    public static final Parameter PROVIDER_AUTONOMY_COST = real("providerAutonomyCost", "utility", 2.0, 0, 50,
            "assumption: partners give up their own decisions to a board (LS3); between federationCost (1.5) and mergerCost (6), as the member keeps its list, site and profit",
            "Value partners put on the autonomy they give up by joining a large-scale provider.", "providers");
    public static final Parameter PROVIDER_RECRUIT_RATE = real("providerRecruitRate", "probability per member practice per quarter", 0.75, 0, 1,
            "assumption: a member asks its nearest neighbour to join (super-partnerships such as Our Health Partnership grew by recruiting practices, LS4); set by hand with providerReviewRate against LS1 (about 0.5 million patients in providers of more than 100,000 in 2017) and LS2 (under 5% of practices in early 2018); not calibrated",
            "Chance each quarter that a member of a large-scale provider invites its nearest neighbour that may join one (ODD 8.39): growth of a provider in proportion to its members.", "providers");

    public static final Parameter APMS_CONTRACTS = bool("apmsContracts", false,
            "AP1, AP2: APMS contracts are time-limited (typically five years) and re-procured, unlike GMS and PMS contracts; 284 of the 7,819 practices of April 2015 held one (models/data/england-2015)",
            "Whether APMS contracts end at the end of their term unless renewed (ODD 8.42); a synthetic world has no APMS practice, so this changes only a real world.", "apms");
    public static final Parameter APMS_TERM_MONTHS = integer("apmsTermMonths", "months", 60, 12, 180,
            "AP1: APMS contracts are typically awarded for five years, and may be extended",
            "Length of an APMS contract's term (ODD 8.42); a contract's first end is drawn uniformly over one term from the start.", "apms");
    public static final Parameter APMS_RENEWAL = real("apmsRenewal", "probability per term", 0.8, 0, 1,
            "fitted on models/england-2015.json with apmsContracts on to the relative risk of ending by December 2019 of the April 2015 APMS practices against the others (3.0: 90 of 284 against 791 of 7,535; outcomes to 2019 only), 5 seeds (ODD 8.42); not used while the switch is off",
            "Chance that the commissioner renews an APMS contract at the end of its term (ODD 8.42); otherwise the list goes down the hand-back chain of 8.15.", "apms");
    // ---------------------------------------------------------------- vertical integration (ODD 8.44)
    public static final Parameter VERTICAL_INTEGRATION = bool("verticalIntegration", false,
            "VI1, VI2: acute trusts took over the running of general practices from 2015 without any national policy, mostly small practices that were struggling, to manage demand on their hospitals",
            "Whether acute trusts that are not ICOs offer to run failing practices that refer mainly to them, in the status quo (ODD 8.44).", "verticalIntegration");
    public static final Parameter VI_START = month("viStart", 2015, 4, 1990, 2100,
            "VI1: the earliest integration of a trust and general practices found was in 2015",
            "Calendar month from which trusts may offer to run practices (ODD 8.44).", "verticalIntegration");
    public static final Parameter VI_OFFER_RATE = real("viOfferRate", "probability per acute trust per quarter", 0.02, 0, 1,
            "assumption: no count of trust-run practices dated 2019 or earlier was found to fit it to (the first count found is dated 2021, after the fitting period, and is not used)",
            "Chance each quarter that an acute trust that is not an ICO offers to run one failing practice that refers mainly to it (ODD 8.44).", "verticalIntegration");
    public static final Parameter VI_MAX_LIST = real("viMaxList", "patients", 10000, 0, 100000,
            "assumption, informed by VI1, VI2: the practices trusts ran had smaller lists and fewer GPs than others",
            "Largest registered list of a practice a trust offers to run (ODD 8.44).", "verticalIntegration");

    // ---------------------------------------------------------------- corporate APMS providers (ODD 8.43)
    public static final Parameter CORPORATE_PROVIDERS = bool("corporateProviders", false,
            "CP1, CP2, CP3: companies held chains of APMS contracts across England (The Practice: about 60 surgeries and 180,000 patients in 2011, the largest list of any provider in 2014, over 200,000 patients in 2018) and won contracts re-procured when practices handed theirs back",
            "Whether the commissioner tenders a handed-back or ended contract to national companies, which run the practices they win with salaried GPs and give up those that lose money at the end of a term (ODD 8.43).", "corporate");
    public static final Parameter CORPORATE_COMPANIES = integer("corporateCompanies", "companies", 5, 1, 50,
            "assumption, informed by CP1, CP4: a handful of national firms held most company-run practices (The Practice, Virgin Care, Care UK, Concordia and a few others)",
            "National companies that bid for tendered contracts (ODD 8.43); they start with no practice, as the data do not say which practices they held in 2015.", "corporate");
    public static final Parameter CORPORATE_TENDER = real("corporateTender", "share of handed-back contracts", 0.3, 0, 1,
            "assumption, informed by CP2: NHS England's stated policy in 2014 was to re-procure the contract of a closing practice as APMS, but most lists of practices that handed back were dispersed to neighbours",
            "Chance that the commissioner tenders a handed-back or ended contract to companies before its neighbours are asked to take the list over (ODD 8.43).", "corporate");
    public static final Parameter CORPORATE_SAVING = real("corporateSaving", "share of fixed costs", 0.15, 0, 0.5,
            "assumption: as providerSaving (a shared back office, LS3), unmeasured for companies",
            "Share of a company-run practice's fixed costs the company's central back office saves (ODD 8.43).", "corporate");
    public static final Parameter CORPORATE_MARGIN = real("corporateMargin", "share of income", 0.03, -1, 0.5,
            "assumption, informed by CP4: companies gave up contracts that lost money (The Practice's five Brighton surgeries, 2016)",
            "Least expected margin, as a share of the practice's income, for which a company bids for a contract or keeps one at the end of its term (ODD 8.43).", "corporate");

    // ----------------------------------------------------------------

    private static Parameter add(String name, Parameter.Kind kind, String unit, double def, double min, double max,
            List<String> choices, String source, String description, String group) {
        if (BY_NAME.containsKey(name)) {
            throw new IllegalStateException("parameter " + name + " defined twice");
        }
        Parameter p = new Parameter(CATALOGUE.size(), name, kind, unit, def, min, max, choices, source, description, group);
        CATALOGUE.add(p);
        BY_NAME.put(name, p);
        return p;
    }

    static Parameter real(String name, String unit, double def, double min, double max, String source, String description, String group) {
        return add(name, Parameter.Kind.REAL, unit, def, min, max, List.of(), source, description, group);
    }

    static Parameter integer(String name, String unit, double def, double min, double max, String source, String description, String group) {
        return add(name, Parameter.Kind.INTEGER, unit, def, min, max, List.of(), source, description, group);
    }

    static Parameter bool(String name, boolean def, String source, String description, String group) {
        return add(name, Parameter.Kind.BOOLEAN, "", def ? 1 : 0, 0, 1, List.of(), source, description, group);
    }

    /** A choice parameter whose choices are the constants of an enum, in declaration order. */
    static <E extends Enum<E>> Parameter choice(String name, E def, String source, String description, String group) {
        List<String> choices = new ArrayList<>();
        for (E e : def.getDeclaringClass().getEnumConstants()) choices.add(e.name());
        return add(name, Parameter.Kind.CHOICE, "", def.ordinal(), 0, choices.size() - 1, List.copyOf(choices), source, description, group);
    }

    static Parameter month(String name, int year, int monthOfYear, int minYear, int maxYear, String source, String description, String group) {
        return add(name, Parameter.Kind.MONTH, "calendar month", Parameter.monthIndex(year, monthOfYear),
                Parameter.monthIndex(minYear, 1), Parameter.monthIndex(maxYear, 12), List.of(), source, description, group);
    }

    /** Every parameter, in catalogue order. */
    public static List<Parameter> all() {
        return Collections.unmodifiableList(CATALOGUE);
    }

    /** The parameter of that name, or {@code null}. */
    public static Parameter byName(String name) {
        return BY_NAME.get(name);
    }

    /** The known name closest to {@code name} (for "did you mean" in error messages). */
    public static String closestName(String name) {
        return closest(name, BY_NAME.keySet());
    }

    /**
     * The word of {@code allowed} closest to {@code word} by edit distance, if close enough to be a
     * likely typo (at most 2 edits, or a third of the word), else {@code null}.
     */
    public static String closest(String word, Iterable<String> allowed) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : allowed) {
            int d = editDistance(word.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return bestDistance <= Math.max(2, word.length() / 3) ? best : null;
    }

    /** Levenshtein distance between two names (also the command line's suggestions for a mistyped option). */
    public static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous; previous = current; current = t;
        }
        return previous[b.length()];
    }

    // ---------------------------------------------------------------- values

    private final double[] values;

    /** A set of values with every parameter at its default. */
    public Parameters() {
        values = new double[CATALOGUE.size()];
        for (Parameter p : CATALOGUE) values[p.index()] = p.defaultValue();
    }

    /** A copy of {@code other}. */
    public Parameters(Parameters other) {
        values = other.values.clone();
    }

    @Override
    public double get(Parameter p) {
        return values[p.index()];
    }

    @Override
    public int getInt(Parameter p) {
        return (int) values[p.index()];
    }

    @Override
    public boolean getBoolean(Parameter p) {
        return values[p.index()] != 0;
    }

    /**
     * The value of a choice parameter as its enum constant: a choice parameter's choices are the
     * names of one enum's constants in declaration order, so the index is the constant's ordinal.
     *
     * @throws IllegalArgumentException if {@code p} is not a choice of that enum
     */
    @Override
    public <E extends Enum<E>> E getChoice(Parameter p, Class<E> type) {
        E[] constants = type.getEnumConstants();
        if (p.kind() != Parameter.Kind.CHOICE || p.choices().size() != constants.length
                || !p.choices().get(0).equals(constants[0].name())) {
            throw new IllegalArgumentException(p.name() + " is not a choice of " + type.getSimpleName());
        }
        return constants[(int) values[p.index()]];
    }

    /**
     * Sets a value after checking it.
     *
     * @throws IllegalArgumentException naming the parameter, the value and the expected range
     */
    public Parameters set(Parameter p, double value) {
        String problem = p.problemWith(value);
        if (problem != null) {
            throw new IllegalArgumentException(p.name() + ": " + problem);
        }
        values[p.index()] = value;
        return this;
    }

    /** Sets a parameter by name; unknown names and bad values throw with a message that says why. */
    public Parameters set(String name, double value) {
        Parameter p = byName(name);
        if (p == null) {
            String near = closestName(name);
            throw new IllegalArgumentException("unknown parameter " + name + (near != null ? " (did you mean " + near + "?)" : ""));
        }
        return set(p, value);
    }

    /** Name to value, in catalogue order, formatted as files write them. */
    public Map<String, String> asText() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Parameter p : CATALOGUE) out.put(p.name(), p.format(values[p.index()]));
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameters && java.util.Arrays.equals(values, ((Parameters) o).values);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(values);
    }
}

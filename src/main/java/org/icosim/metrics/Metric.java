package org.icosim.metrics;

/**
 * The monthly metrics every output, chart and check uses (MODEL.md section 8), in column order.
 * Names are a contract: more may be added at the end, none renamed. Counts are in real people,
 * whatever the patient scale; flows ({@link #aeAttendances}, ...) are per month.
 */
public enum Metric {
    month("months since the start (0 = first month)"),
    date("calendar month, YYYY-MM"),
    practices("open practices (not merged away or closed)"),
    practicesIndependent("open practices that are independent and in no federation"),
    practicesFederated("independent practices in a federation"),
    practicesIcoAlliance("practices that keep their contract as ICO alliance members"),
    practicesIcoRun("practices absorbed and run by an ICO"),
    practiceClosuresCum("practices closed since the start"),
    practiceMergersCum("practices merged into another since the start"),
    meanListSize("registered patients per open practice"),
    patients("registered patients"),
    gpHeadcount("fully qualified GPs in post (partners, salaried, ICO salaried, locums)"),
    gpFte("fully qualified GP FTE (37.5 hours a week)"),
    partnerHeadcount("partners"),
    partnerFte("partner FTE"),
    salariedFte("FTE of salaried GPs employed by practices"),
    icoSalariedFte("FTE of salaried GPs employed by ICOs (in their teams or in practices they run)"),
    locumFte("locum FTE"),
    partnerShareFte("partner FTE over fully qualified GP FTE"),
    trustsIco("trusts operating as ICOs"),
    icoPatientShare("share of patients whose practice is in an ICO (alliance or run)"),
    appointmentsMet("GP appointments met in the month"),
    accessWithin48h("share of appointment requests met at the first attempt (the model's 48-hour proxy)"),
    aeAttendances("A&E attendances in the month"),
    emergencyAdmissions("emergency admissions in the month"),
    referrals("elective referrals in the month"),
    meanPartnerProfit("mean annualised profit per partner over practices with partners, pounds"),
    meanBurnout("mean burnout of fully qualified GPs (0-1)"),
    gpLeaversCum("fully qualified GPs who left NHS general practice since the start"),
    largestOrgShare("share of open practices in the largest integrated organisation (federation, ICO or caretaker trust)"),
    practiceHhi("Herfindahl index of patient shares over practice owners (an ICO or caretaker trust owns the practices it runs)"),
    // additions beyond MODEL.md s8
    salariedHeadcount("salaried GPs employed by practices"),
    registrars("GP registrars in training"),
    practicesTrustRun("practices run by a trust as caretaker (not an ICO)"),
    meanPracticeWorkload("mean demand over capacity of open practices, weighted by list"),
    trustsIcoForming("trusts that decided to form an ICO and are not yet operating"),
    icosGpLed("operating ICOs led by a GP group (a federation or merged practice)"),
    icoEnrolledPatients("patients enrolled for the year-of-care tariff in operating ICOs' member practices"),
    fundGpsCum("GPs the Time to Care fund brought into NHS general practice since the start"),
    icoTeamFte("FTE of operating ICOs' community teams (salaried GPs employed by the ICO outside the practices it runs; counted in gpFte and icoSalariedFte whether their time is used or not)"),
    icoTeamUtilisation("share of operating ICO teams' appointments that went to members' enrolled patients (0 with no team)"),
    pcns("primary care networks with at least one member (from July 2019 when primaryCareNetworks is on)"),
    meanPcnListSize("registered patients per primary care network"),
    arrsFte("additional-roles (ARRS) staff FTE in post in primary care networks"),
    arrsFtePer10000Patients("additional-roles (ARRS) FTE per 10,000 registered patients"),
    // issue 14, items 6 and 7: hours as a choice and the locum market
    partnerFtePerHead("partner FTE per partner (0 if none)"),
    salariedFtePerHead("FTE per salaried GP employed by a practice (0 if none)"),
    locumHeadcount("locum GPs"),
    locumFtePerHead("locum FTE per locum (0 if none)"),
    locumPayPerFte("locum rate practices pay, pounds per FTE-year: the calendar's locum pay times the economies' rate indices, weighted by their locum FTE (by economy when there is none)"),
    // issue 14, item 8: large-scale providers
    providers("large-scale providers (super-partnerships) with at least two members (0 with largeScaleProviders off)"),
    practicesInProviders("open practices that are members of a large-scale provider"),
    patientsInProviders("registered patients of the open practices of large-scale providers"),
    patientsInLargeProviders("registered patients of large-scale providers holding more than 100,000 patients"),
    // issue 15, item 4: the Time to Care fund through the pipeline
    fundTraineesCum("registrars enrolled in the Time to Care fund's extra training places since the start (timeToCareRoute PIPELINE)"),
    fundRecruitsCum("international recruits of the Time to Care fund who arrived since the start (timeToCareRoute PIPELINE)"),
    fundSpend("pounds the Time to Care fund paid this month: its registrars in training, recruits arriving, the filled ICO posts it funds"),
    // issue 15, item 3: the year of care as a capitated budget with risk
    icoBalance("accumulated balance of operating ICOs' own accounts, pounds: year-of-care GP budget, capitation less enrolled patients' expected hospital use (yearOfCareBudget CAPITATED), funded posts, less team pay, plus the profits of the practices they run"),
    icosTakingOn("operating ICOs making offers and taking on handed-back contracts (all of them with TOP_UP; with CAPITATED those not in deficit over their last 12 months)"),
    icoHandBacksCum("practices ICOs handed back for their losses or on dissolving since the start (yearOfCareBudget CAPITATED)"),
    icosDissolvedCum("ICOs dissolved for their deficit since the start (yearOfCareBudget CAPITATED)"),
    // issues 13 and 14: time-limited APMS contracts
    apmsPractices("open practices holding an APMS contract (none in a synthetic world)"),
    apmsContractsEndedCum("APMS contracts the commissioner ended at the end of their term since the start (apmsContracts on)"),
    // issue 13, item 4: practices by size band, for calibration on the real England
    practicesUnder5000("open practices with fewer than 5,000 registered patients"),
    practicesOver20000("open practices with more than 20,000 registered patients"),
    // issue 14: corporate APMS providers (8.43)
    practicesCompanyRun("open practices run by a national company under a contract it won at tender (corporateProviders on)"),
    patientsCompanyRun("registered patients of the practices companies run (real)"),
    largestCompanyPatients("registered patients of the practices the largest company runs (real)"),
    companyContractsWonCum("contracts companies won at tender since the start"),
    companyContractsGivenUpCum("contracts companies gave up at the end of a term for their losses since the start"),
    // issue 15, item 1: vertical integration in the status quo (8.44)
    trustsRunningPractices("trusts running at least one open practice (as caretaker, by their own offer, or as an ICO)"),
    practicesIntegratedCum("practices trusts took over by their own offer, without an ICO policy, since the start (verticalIntegration on)"),
    // issue 15, item 5: community and mental-health trusts lead ICOs (8.18)
    icosCommunityLed("operating ICOs led by a community or mental-health trust"),
    // issue 13: which practices end, by their list at the start (the validation's bands, 8.25)
    endedStartUpTo3000Cum("practices ended (closed or merged away) since the start whose list at the start was at most 3,000 patients"),
    endedStart3000To5000Cum("practices ended since the start whose list at the start was over 3,000 and at most 5,000 patients"),
    endedStart5000To10000Cum("practices ended since the start whose list at the start was over 5,000 and at most 10,000 patients"),
    endedStartOver10000Cum("practices ended since the start whose list at the start was over 10,000 patients");

    private final String description;

    Metric(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The metric of that name, or {@code null}. */
    public static Metric byName(String name) {
        for (Metric m : values()) {
            if (m.name().equals(name)) return m;
        }
        return null;
    }
}

"""Shared pieces of the icosim notebooks: where inputs and figures live, names and units of the
metrics, the scenarios' labels and colours, and the mean-with-band plot.

Metric names and definitions are the output contract of models/ODD.md, section 8.25; labels
here only add units. Everything is deterministic: no random numbers are drawn, and figures are
saved without creation dates so that the same inputs give the same files.
"""
import os
from pathlib import Path

import matplotlib as mpl
import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import matplotlib.ticker as mticker
import pandas as pd

# The notebooks run with the notebook folder as working directory (Jupyter and nbconvert both do),
# so the repository is one level up.
REPO = Path(__file__).resolve().parent.parent

# Metric -> axis label with unit (models/ODD.md 8.25: counts in real people whatever the patient
# scale; flows per month; FTE of 37.5 hours a week).
METRIC_LABELS = {
    "practices": "open practices",
    "meanListSize": "mean list size (patients per practice)",
    "patients": "registered patients (millions)",
    "gpFte": "fully qualified GP FTE",
    "partnerFte": "partner FTE",
    "partnerHeadcount": "partners (headcount)",
    "salariedHeadcount": "salaried GPs (headcount)",
    "salariedFte": "practice salaried GP FTE",
    "icoSalariedFte": "ICO salaried GP FTE",
    "partnerShareFte": "partner share of GP FTE",
    "icoPatientShare": "share of patients in ICO practices",
    "trustsIco": "trusts operating an ICO",
    "aeAttendances": "A&E attendances per month (thousands)",
    "emergencyAdmissions": "emergency admissions per month (thousands)",
    "accessWithin48h": "share of requests met at first attempt",
}

# Scale applied before plotting, matching the "(millions)" / "(thousands)" in the labels.
METRIC_SCALE = {"patients": 1e-6, "aeAttendances": 1e-3, "emergencyAdmissions": 1e-3}

# The four scenario files in experiments/ (README, "the scenarios"), in the order compare is
# usually given them, with the baseline first. Colours are fixed so that a scenario keeps its
# colour in every figure; they are from the colour-blind-safe Okabe-Ito palette.
SCENARIOS = {
    "status-quo": ("Status quo", "#000000"),
    "labour-2015-ico": ("Labour 2015 ICO plan", "#0072B2"),
    "gp-led-ico": ("GP-led ICO variant", "#009E73"),
    "mandated-ico": ("Mandated ICOs (counterfactual)", "#D55E00"),
}


def scenario_label(name):
    return SCENARIOS.get(name, (name, None))[0]


def scenario_colour(name, fallback_index=0):
    colour = SCENARIOS.get(name, (None, None))[1]
    return colour or plt.rcParams["axes.prop_cycle"].by_key()["color"][fallback_index % 10]


def input_dir(variable, default, command):
    """The folder named by environment variable `variable`, else `default` (relative to the
    notebook). Fails with the command that makes it rather than with a pandas traceback."""
    folder = Path(os.environ.get(variable, default)).resolve()
    if not folder.is_dir():
        raise FileNotFoundError(
            f"{folder} does not exist (set {variable} to another folder, or make it from the "
            f"repository root with: {command})")
    return folder


def figure_dir(inputs):
    """ICOSIM_FIGURES if set, else a figures/ folder beside the inputs: figures follow the data
    they were drawn from and never land in the repository unless the inputs are there."""
    folder = Path(os.environ.get("ICOSIM_FIGURES", inputs / "figures")).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def save(fig, folder, name):
    """Saves PNG (200 dpi, for slides and review) and PDF (vector, for the paper). The PDF's
    creation date is left out so that the same inputs give byte-identical files."""
    fig.savefig(folder / f"{name}.png", dpi=200, bbox_inches="tight")
    fig.savefig(folder / f"{name}.pdf", bbox_inches="tight", metadata={"CreationDate": None})
    print(f"saved {folder / name}.png and .pdf")


def use_paper_style():
    mpl.rcParams.update({
        "figure.dpi": 100,
        "font.size": 9,
        "axes.titlesize": 10,
        "axes.labelsize": 9,
        "legend.fontsize": 8,
        "xtick.labelsize": 8,
        "ytick.labelsize": 8,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.grid": True,
        "grid.alpha": 0.3,
        "savefig.facecolor": "white",
    })


def read_summary(path):
    """compare's summary.csv (tidy: scenario, month, date, metric, mean, sd, min, max, seeds),
    with dates as the first day of their month for matplotlib's date axis."""
    summary = pd.read_csv(path)
    summary["date"] = pd.to_datetime(summary["date"], format="%Y-%m")
    return summary


def plot_band(ax, series, metric, label=None, colour=None):
    """Mean over seeds as a line, the lowest to the highest seed as a band (compare's min and
    max: with 5-10 seeds, a range rather than a quantile interval)."""
    scale = METRIC_SCALE.get(metric, 1.0)
    ax.fill_between(series["date"], series["min"] * scale, series["max"] * scale,
                    color=colour, alpha=0.2, linewidth=0)
    ax.plot(series["date"], series["mean"] * scale, color=colour, label=label, linewidth=1.4)


def date_axis(ax, years=1):
    """Years on the x axis, ticks every `years` years, so that no labels overlap."""
    ax.xaxis.set_major_locator(mdates.YearLocator(years, month=1))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.xaxis.set_minor_locator(mdates.MonthLocator(bymonth=(1, 4, 7, 10)))


def thousands(ax):
    """Thousands separators on the y axis (7,500 rather than 7500)."""
    ax.yaxis.set_major_formatter(mticker.StrMethodFormatter("{x:,.0f}"))


def percent(ax, decimals=0):
    ax.yaxis.set_major_formatter(mticker.PercentFormatter(1.0, decimals=decimals))


def title(metric):
    """The metric's label as a panel title: first letter capitalised."""
    label = METRIC_LABELS.get(metric, metric)
    return label[0].upper() + label[1:]

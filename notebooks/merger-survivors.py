#!/usr/bin/env python3
"""Which practice's code survives a merger? A reading of the real England's outcomes to 2019.

The outcomes (models/data/england-2015/practice-outcomes-2015-2019.csv) give each practice's ODS
close date but do not say whether it closed or merged. This script guesses: an ended practice
"looks merged" when a neighbour within R km gained, from the ended practice's last census September
with a list to the next (ODS close dates lag the real end), between 0.6 and 1.4 times the ended practice's list. Of those, it counts how often the
neighbour that gained (the code that survived) had the smaller list before. It also applies the
same test to practices that never ended, at a random pair of Septembers, to measure how often the
test fires by chance (its false-positive rate): a neighbour's list can grow for other reasons.

Only the 2015 columns and the workforce censuses of September 2015 to September 2019 are read; no
figure after 2019. Written to inform ODD 8.13 (in the model the larger list always absorbs), not
read by the model.

    /usr/bin/python3 notebooks/merger-survivors.py [--radius 5] [--seed 1]
"""
import argparse
import math
import os
import sys

import numpy as np
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "models", "data", "england-2015")
SEPTEMBERS = [2015, 2016, 2017, 2018, 2019]
BANDS = [(0, 3000, "under 3,000"), (3000, 5000, "3,000-5,000"), (5000, 10000, "5,000-10,000"),
         (10000, float("inf"), "over 10,000")]
LOW, HIGH = 0.6, 1.4


def load():
    practices = pd.read_csv(os.path.join(DATA, "practices-2015.csv"), dtype={"ods_code": str})
    outcomes = pd.read_csv(os.path.join(DATA, "practice-outcomes-2015-2019.csv"), dtype={"ods_code": str})
    df = practices[["ods_code", "lat", "lon", "patients_2015"]].merge(
        outcomes[["ods_code", "close_date_to_2019"] + [f"patients_wf_fy{s + 1}" for s in SEPTEMBERS]],
        on="ods_code", how="inner")
    if len(df) != len(practices):
        sys.exit(f"{DATA}: {len(practices)} practices but {len(df)} joined on ods_code")
    lists = df[[f"patients_wf_fy{s + 1}" for s in SEPTEMBERS]].fillna(0).to_numpy(dtype=float)
    close = pd.to_datetime(df["close_date_to_2019"], errors="raise")
    return df, lists, close


def distances_km(lat, lon, i):
    """Great-circle distances (km) from practice i to every practice."""
    r = 6371.0
    p1, p2 = math.radians(lat[i]), np.radians(lat)
    dphi = p2 - p1
    dlmb = np.radians(lon) - math.radians(lon[i])
    a = np.sin(dphi / 2) ** 2 + math.cos(p1) * np.cos(p2) * np.sin(dlmb / 2) ** 2
    return 2 * r * np.arcsin(np.sqrt(np.minimum(a, 1)))


def survivor(i, before, after, lists, lat, lon, radius):
    """The neighbour whose gain best matches practice i's list, or None; and whether it was smaller."""
    size = lists[i, before]
    if size <= 0:
        return None
    d = distances_km(lat, lon, i)
    open_both = (lists[:, before] > 0) & (lists[:, after] > 0)
    near = (d <= radius) & open_both
    near[i] = False
    gain = lists[:, after] - lists[:, before]
    match = near & (gain >= LOW * size) & (gain <= HIGH * size)
    if not match.any():
        return None
    idx = np.flatnonzero(match)
    best = idx[np.argmin(np.abs(gain[idx] / size - 1))]
    return bool(lists[best, before] < size)


def band_of(size):
    for lo, hi, name in BANDS:
        if lo <= size < hi:
            return name
    return BANDS[-1][2]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--radius", type=float, default=5.0, help="km within which a neighbour may have taken the list")
    ap.add_argument("--seed", type=int, default=1, help="seed of the false-positive check's random Septembers")
    args = ap.parse_args()
    if args.radius <= 0:
        sys.exit(f"--radius: expected a distance above 0 km, got {args.radius}")
    df, lists, close = load()
    lat, lon = df["lat"].to_numpy(float), df["lon"].to_numpy(float)
    sept = [pd.Timestamp(s, 9, 30) for s in SEPTEMBERS]

    rows, pairs = [], []
    unclassifiable = 0
    for i in np.flatnonzero(close.notna().to_numpy()):
        # ODS close dates lag the real end, so the list ends in the census before them: the pair
        # is the last September with a list and the one after it.
        d = close.iloc[i]
        before = max((k for k, t in enumerate(sept) if t < d and lists[i, k] > 0), default=None)
        after = before + 1 if before is not None and before + 1 < len(sept) else None
        if after is None:
            unclassifiable += 1
            continue
        pairs.append((before, after))
        rows.append((band_of(df["patients_2015"].iloc[i]), survivor(i, before, after, lists, lat, lon, args.radius)))
    ended = pd.DataFrame(rows, columns=["band", "smaller_survived"])

    rng = np.random.default_rng(args.seed)
    never = np.flatnonzero(close.isna().to_numpy())
    fired = 0
    for i in never:
        before, after = pairs[rng.integers(len(pairs))]
        fired += survivor(i, before, after, lists, lat, lon, args.radius) is not None
    fp = fired / len(never)

    looks = ended.dropna()
    print(f"radius {args.radius:g} km; gain {LOW:g}-{HIGH:g} times the ended list between its last census September with a list and the next")
    print(f"ended by 2019: {close.notna().sum()}; with a census September before and after the end: {len(ended)} "
          f"({unclassifiable} without a list in the census before their close date, or with one in September 2019, left out)")
    print(f"look merged: {len(looks)} ({len(looks) / len(ended):.1%}); the test fires for {fp:.1%} of the "
          f"{len(never)} practices that never ended (random Septembers, seed {args.seed})")
    print(f"of those that look merged, the smaller list's code survived in {looks['smaller_survived'].mean():.1%}")
    print()
    print("| 2015 list | ended (classifiable) | look merged | smaller list's code survived |")
    print("|---|---:|---:|---:|")
    for _, _, name in BANDS:
        b = ended[ended["band"] == name]
        m = b.dropna()
        share = f"{int(m['smaller_survived'].sum())} ({m['smaller_survived'].mean():.1%})" if len(m) else "-"
        print(f"| {name} | {len(b)} | {len(m)} | {share} |")


if __name__ == "__main__":
    main()

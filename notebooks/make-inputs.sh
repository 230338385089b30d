#!/usr/bin/env bash
# Produces every input the notebooks read, into OUT_DIR:
#   OUT_DIR/calibration/  compare (status quo only) + calibrate table  -> calibration.ipynb
#   OUT_DIR/scenarios/    compare of the four scenarios                 -> scenarios.ipynb
#   OUT_DIR/network/      one run per ICO scenario with yearly GraphML  -> network.ipynb
#   OUT_DIR/sensitivity/  a Morris sweep and its analysis               -> sensitivity.ipynb
#   OUT_DIR/uncertainty/  history matching and compare --ensemble       -> uncertainty.ipynb
#
#   notebooks/make-inputs.sh OUT_DIR          paper scale: England, 10 seeds (5 for calibration,
#                                             as CI's calibration check); about 10 minutes on 2 cores
#   notebooks/make-inputs.sh --small OUT_DIR  CI scale, about 1 minute on 2 cores: calibration on
#                                             England at one patient agent per 100 patients, the
#                                             scenarios on the one-economy model; 2 seeds; the
#                                             Morris sweep on the tiny model
#                                             (notebooks/inputs/morris-small.json)
#
# Then run the notebooks with ICOSIM_CALIBRATION=OUT_DIR/calibration,
# ICOSIM_RESULTS=OUT_DIR/scenarios, ICOSIM_NETWORK=OUT_DIR/network and
# ICOSIM_SWEEP=OUT_DIR/sensitivity (notebooks/README.md).
set -euo pipefail

usage() { echo "usage: notebooks/make-inputs.sh [--small] OUT_DIR" >&2; exit 2; }
small=false
if [ "${1:-}" = "--small" ]; then small=true; shift; fi
[ $# -eq 1 ] || usage
out="$1"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
cd "$repo"

# Every command refuses a folder that already holds files (unless asked to replace an earlier
# output of its own kind), so earlier inputs are never mixed with new ones: ask for an empty
# OUT_DIR instead of deleting anything.
for d in calibration scenarios network sensitivity uncertainty; do
  if [ -e "$out/$d" ]; then
    echo "make-inputs: $out/$d exists; remove it or choose another OUT_DIR" >&2
    exit 2
  fi
done

# The launcher rebuilds the jar when sources are newer; afterwards call the jar directly.
./icosim help >/dev/null
icosim() { java ${JAVA_OPTS:--Xmx4g} -jar "$repo/target/icosim.jar" "$@"; }

scenarios=(experiments/status-quo.json experiments/labour-2015-ico.json
           experiments/gp-led-ico.json experiments/mandated-ico.json)
if $small; then
  # patientScale=100 keeps England's 42 economies, 7,816 practices and all GPs (one agent each)
  # but a fifth of the default patient agents: 26 of 26 calibration figures stay within 5%.
  calibration_model=(--model models/england.json -p patientScale=100)
  # The four scenarios on England take 95 s even at patientScale=100 (GPs and practices are one
  # agent each whatever the scale); one economy takes a fifth of that. Its economies.csv has one
  # economy per run, which the notebook draws as it draws 42.
  scenario_model=(--model models/one-economy.json)
  calibration_seeds=2
  scenario_seeds=2
  morris=notebooks/inputs/morris-small.json
  # The tiny model's twin calibration (two parameters, two waves, seconds) and its plausible set.
  history=experiments/calibrate-tiny.json
  ensemble_model=(--model models/tiny.json --months 60)
else
  calibration_model=(--model models/england.json)
  scenario_model=(--model models/england.json)
  calibration_seeds=5   # as CI's calibration check and models/calibration.md
  scenario_seeds=10     # as results/england
  morris=experiments/morris-ico-partnership.json   # 110 runs of 120 months, about 5 minutes
  # England's history matching: about an hour on 2 cores (results/README.md); the ensemble
  # comparison below runs the first 20 plausible points.
  history=experiments/calibrate-status-quo.json
  ensemble_model=(--model models/england.json)
fi

echo "== calibration inputs: status quo, ${calibration_seeds} seeds, April 2015 - December 2019"
# 57 months reach the last public figure (partner FTE, December 2019). Seeds 1..N in both
# commands, so the table's model means are the same runs as summary.csv's series.
icosim compare experiments/status-quo.json "${calibration_model[@]}" --seeds "$calibration_seeds" \
  --months 57 --out "$out/calibration" --quiet
icosim calibrate "${calibration_model[@]}" --seeds "$calibration_seeds" \
  --out "$out/calibration/table" | tail -3 | head -1

echo "== scenario inputs: four scenarios, ${scenario_seeds} seeds, 129 months"
icosim compare "${scenarios[@]}" "${scenario_model[@]}" --seeds "$scenario_seeds" \
  --out "$out/scenarios" --quiet

echo "== network inputs: one run per ICO scenario, one-economy model, GraphML every 12 months"
# One economy (190 practices, 6 trusts) keeps the drawings legible; the snapshots are at the
# end of each March (month 11, 23, ...), as network-YYYY-MM.graphml, plus network.graphml at the end.
for exp in experiments/labour-2015-ico.json experiments/gp-led-ico.json; do
  name="$(basename "$exp" .json)"
  icosim run "$exp" --model models/one-economy.json --network-every 12 \
    --out "$out/network/$name" --quiet | head -1
done

echo "== sensitivity inputs: Morris sweep $morris and its analysis"
icosim sweep "$morris" --out "$out/sensitivity" --quiet
icosim analyse "$out/sensitivity" | tail -1

echo "== uncertainty inputs: history matching $history, then the scenarios over its plausible set"
icosim calibrate "$history" --out "$out/uncertainty/history-matching" --quiet | tail -1
# The plausible set's point and parameter columns are an ensemble file for compare --ensemble.
n_parameters=$(head -1 "$out/uncertainty/history-matching/ensemble.csv" | tr ',' '\n' | grep -n '^implausibility$' | cut -d: -f1)
head -21 "$out/uncertainty/history-matching/ensemble.csv" | cut -d, -f1-$((n_parameters - 1)) > "$out/uncertainty/points.csv"
icosim compare experiments/status-quo.json experiments/labour-2015-ico.json experiments/null-evidence-ico.json \
  "${ensemble_model[@]}" --ensemble "$out/uncertainty/points.csv" --seeds 2 --out "$out/uncertainty/ensemble" --quiet

echo "inputs in $out"

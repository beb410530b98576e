#!/usr/bin/env bash
# Rebuilds the shipped lead-score model (models/lead-score/<version>/) from the demo CRM, exactly:
# the demo CRM seeded with a fixed anchor day, then the model trained as of that day (which also
# names its version). Same anchor, same boosters (tests/skills/lead-score-rebuild.test.ts).
#   bash scripts/rebuild-lead-score-model.sh [YYYY-MM-DD]   (default: the shipped model's day)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
anchor="${1:-2026-11-25}"
data_dir="$(mktemp -d)"
trap 'rm -rf "$data_dir"' EXIT
DATA_DIR="$data_dir" node bin/crmpro.js seed --anchor "$anchor"
DATA_DIR="$data_dir" MODELS_DIR=models TRAINED_MODELS_DIR=models node bin/crmpro.js scoring retrain --as-of "$anchor"

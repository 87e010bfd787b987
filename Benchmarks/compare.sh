#!/usr/bin/env bash
# Measures calcurse and taskwarrior on data of the stress archive's size, the way
# vlgcoach-benchmark measures vlgcoach, and prints a Markdown table for BENCHMARKS.md.
#
# usage: bash Benchmarks/compare.sh [--vlgcoach PATH_TO_RELEASE_BINARY]
#                                   [--archive STRESS_STORE_DIR] [--runs N]
set -euo pipefail

if ! command -v calcurse >/dev/null || ! command -v task >/dev/null; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update && $sudo apt-get install -y calcurse taskwarrior
fi

# Relative to this script, not to the working folder, so relative paths in "$@" still work.
exec python3 "$(dirname "$0")/compare.py" "$@"

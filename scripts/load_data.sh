#!/usr/bin/env bash
# Import the official data and the demo content; harmless to run again.
# Usage: scripts/load_data.sh PYTHON DATA_DIR DEMO_PROJECTS
# DATA_DIR is the repository's data/ unless make's DATA_DIR points elsewhere (a newer edition);
# import_municipalities reads the newest GV100AD and VG5000 points found there.
set -uo pipefail
PY=$1
DATA=$2
DEMO=$3
export KOMMUNECT_DATA_DIR=$DATA
"$PY" manage.py import_ozg --directory "$DATA/ozg-katalog-kdn-nrw-2019" || exit 1
"$PY" manage.py import_municipalities || exit 1
"$PY" manage.py seed_demo --projects "$DEMO" --seed 1 --if-empty || exit 1
"$PY" manage.py refresh_search_words || exit 1

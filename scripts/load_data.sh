#!/usr/bin/env bash
# Import the official data and the demo content; harmless to run again.
# Usage: scripts/load_data.sh PYTHON DATA_DIR DEMO_PROJECTS
set -uo pipefail
PY=$1
DATA=$2
DEMO=$3
if [ -d "$DATA/ozg-katalog-kdn-nrw-2019" ]; then
  "$PY" manage.py import_ozg --directory "$DATA/ozg-katalog-kdn-nrw-2019" || exit 1
else
  echo "OZG-Katalog nicht gefunden unter $DATA/ozg-katalog-kdn-nrw-2019." >&2
  echo "  Siehe README, Abschnitt 'Daten': DATA_DIR=/pfad/zu/data make run" >&2
fi
if [ -f "$DATA/gemeindeverzeichnis-gv100ad-2023/GV100AD_301123.txt" ]; then
  points="$DATA/geo-vg5000-2021/gemeinden_punkte_vg5000_2021.csv"
  if [ -f "$points" ]; then
    "$PY" manage.py import_municipalities --gv100 "$DATA/gemeindeverzeichnis-gv100ad-2023/GV100AD_301123.txt" --points "$points" || exit 1
  else
    "$PY" manage.py import_municipalities --gv100 "$DATA/gemeindeverzeichnis-gv100ad-2023/GV100AD_301123.txt" || exit 1
  fi
  "$PY" manage.py seed_demo --projects "$DEMO" --seed 1 --if-empty || exit 1
else
  echo "Gemeindeverzeichnis nicht gefunden unter $DATA/gemeindeverzeichnis-gv100ad-2023/." >&2
  echo "  Ohne Kommunen werden keine Demo-Projekte angelegt; die Seite startet trotzdem." >&2
fi

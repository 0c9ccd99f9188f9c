#!/usr/bin/env bash
# Print the path of a Python >= 3.12 interpreter (Django 6.1 needs it).
set -euo pipefail
for candidate in "${PYTHON:-}" python3.13 python3.12 python3.14 \
    /root/.pyenv/versions/3.13.0/bin/python3.13 python3; do
  [ -n "$candidate" ] || continue
  path=$(command -v "$candidate" 2>/dev/null) || continue
  if "$path" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' 2>/dev/null; then
    echo "$path"
    exit 0
  fi
done
echo "Kommunect braucht Python 3.12 oder neuer (python3.12/python3.13 nicht gefunden)." >&2
exit 1

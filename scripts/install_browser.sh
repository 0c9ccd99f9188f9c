#!/usr/bin/env bash
# Browser tests drive Debian's Chromium; never download a browser.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
  apt-get install -y chromium >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y chromium >/dev/null; }
else
  sudo apt-get install -y chromium >/dev/null
fi

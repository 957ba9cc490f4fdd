#!/usr/bin/env bash
# One command for a fresh machine: a headless browser for the PDFs, the npm dependencies,
# then the main job on the bundled sample trust. Used as-is by .ci/run.
#   bash scripts/setup.sh              set up, then run the main job
#   bash scripts/setup.sh --no-run     set up only
set -euo pipefail
cd "$(dirname "$0")/.."

# The main job people see first: the board business case of the sample trust (out/*.html, *.pdf).
MAIN_JOB=(report)

browser="${PUPPETEER_EXECUTABLE_PATH:-/usr/bin/chromium}"
if [ ! -x "$browser" ]; then
  if command -v apt-get >/dev/null 2>&1; then
    echo "==> installing Chromium (Debian package) for PDF reports"
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
  else
    echo "==> no Chromium at $browser and no apt-get here: PDF reports need a browser." >&2
    echo "    Install Chrome or Chromium and set PUPPETEER_EXECUTABLE_PATH to it, or after this script run" >&2
    echo "    'npx puppeteer browsers install chrome-headless-shell' and point PUPPETEER_EXECUTABLE_PATH at the path it prints." >&2
  fi
fi

echo "==> installing npm dependencies (npm ci; puppeteer's own browser download is skipped by .puppeteerrc.cjs)"
npm ci --no-audit --no-fund

if [ "${1:-}" != "--no-run" ]; then
  echo "==> unsprawl ${MAIN_JOB[*]} (the bundled sample trust)"
  node bin/unsprawl.js "${MAIN_JOB[@]}"
fi

#!/usr/bin/env bash
# Debian's headless Chromium for the browser tests (tests/web, marker "browser"); Playwright drives it
# through executable_path=/usr/bin/chromium, so no browser is ever downloaded by Playwright. Idempotent.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q chromium

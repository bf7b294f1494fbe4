#!/usr/bin/env bash
# Installs and starts what the test suite needs beyond Python packages (idempotent).
set -euo pipefail
cd "$(dirname "$0")/.."
for s in scripts/test_setup.d/*.sh; do
  [ -e "$s" ] || continue
  bash "$s"
done

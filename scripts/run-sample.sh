#!/usr/bin/env bash
# Fresh Debian 12 machine to the editor: installs what is needed, builds, and opens the editor on
# the bundled sample report.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
exec build/bin/leakreport resources/sample/sample.leakreport

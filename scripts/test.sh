#!/usr/bin/env bash
# Fresh Debian 12 machine to a tested build: installs what is needed, builds, runs every test.
#   scripts/test.sh             release build in build/
#   scripts/test.sh --sanitize  AddressSanitizer + LeakSanitizer + UBSan build in build-sanitize/
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

if [ "${1:-}" = "--sanitize" ]; then
  export BUILD_DIR=build-sanitize
  scripts/build.sh -DLEAKREPORT_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
else
  export BUILD_DIR=build
  scripts/build.sh -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
ctest --test-dir "$BUILD_DIR" --output-on-failure -j2

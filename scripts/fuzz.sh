#!/usr/bin/env bash
# Builds the libFuzzer targets with Clang (build-fuzz/) and runs each on its corpus for a while.
#   scripts/fuzz.sh [SECONDS]   default 30 seconds per target
# New inputs go to a scratch copy of the corpus; add the interesting ones (crashes, after fixing)
# to tests/data/fuzz-corpus/<target>/, where the tests replay them on every run.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
seconds="${1:-30}"
cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DLEAKREPORT_FUZZ=ON \
  -DLEAKREPORT_BUILD_TESTS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo
targets=(markdownreader csvseries prometheusseries tracegcseries massifseries heapsnapshot)
cmake --build build-fuzz -j2 --target "${targets[@]/#/fuzz_}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
for target in "${targets[@]}"; do
  mkdir -p "$scratch/$target"
  cp tests/data/fuzz-corpus/$target/* "$scratch/$target/"
  echo "fuzz: $target for ${seconds}s"
  ASAN_OPTIONS=detect_leaks=1 build-fuzz/fuzz/fuzz_$target -max_total_time="$seconds" -max_len=65536 \
    -print_final_stats=1 -artifact_prefix=build-fuzz/ "$scratch/$target"
done

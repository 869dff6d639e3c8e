#!/usr/bin/env bash
# LeakReport's `snapshots compare` against memlab's `find-leaks` on the same three snapshots:
# wall time and peak RSS of each, as whole processes (GNU time). Run by hand: it installs memlab
# from the npm registry into a temporary folder (CI has no registry; CI runs heap-bench only).
#   bench/memlab-compare.sh S1 S2 S3              compare these snapshots
#   bench/memlab-compare.sh --generate N1 N2 N3   first write three with bench/make-heap-snapshots.js
# Needs node, npm, /usr/bin/time and a build in build/ (bin/leakreport).
set -euo pipefail
cd "$(dirname "$0")/.."
leakreport="${LEAKREPORT:-build/bin/leakreport}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

if [[ "${1:-}" == "--generate" ]]; then
  shift
  mapfile -t files < <(node --max-old-space-size=8192 bench/make-heap-snapshots.js "$scratch" "$@")
else
  files=("$@")
fi
[[ ${#files[@]} -eq 3 ]] || { echo "usage: $0 S1 S2 S3 | --generate N1 N2 N3" >&2; exit 2; }
ls -l "${files[@]}"

echo "installing memlab into $scratch/memlab (PUPPETEER_SKIP_DOWNLOAD=1: no browser is needed)"
mkdir -p "$scratch/memlab"
(cd "$scratch/memlab" && PUPPETEER_SKIP_DOWNLOAD=1 npm install --silent --no-audit --no-fund memlab >/dev/null)
memlab="$scratch/memlab/node_modules/.bin/memlab"

measure() { # name, command...: prints wall seconds and peak RSS in MB (10^6 bytes)
  local name="$1"; shift
  /usr/bin/time -f "%e %M" -o "$scratch/time" "$@" >"$scratch/$name.out" 2>"$scratch/$name.err" || {
    echo "$name failed:"; tail -5 "$scratch/$name.err"; return 1; }
  read -r wall rssKiB <"$scratch/time"
  awk -v n="$name" -v w="$wall" -v r="$rssKiB" 'BEGIN { printf "%-10s %7.2f s  %7.0f MB peak RSS\n", n, w, r * 1024 / 1e6 }'
}

measure memlab "$memlab" find-leaks --baseline "${files[0]}" --target "${files[1]}" --final "${files[2]}" --work-dir "$scratch/work"
measure leakreport "$leakreport" snapshots compare "${files[0]}" "${files[1]}" "${files[2]}"
echo "leakreport's top classes:"; head -12 "$scratch/leakreport.out"

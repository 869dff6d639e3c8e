#!/usr/bin/env bash
# Takes the README screenshot: the editor on the bundled sample report, 1280x800, under Xvfb.
# Usage: scripts/screenshot.sh [OUT.png] [SECTION]   (SECTION: 0 = Header, 2 = Incident Timeline, ...)
# Needs xvfb, xdotool, x11-apps (xwd) and ImageMagick (/usr/bin/convert).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshot.png}
pages=${2:-2}
mkdir -p "$(dirname "$out")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp resources/sample/sample.leakreport "$work/sample.leakreport"
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  build/bin/leakreport "$1/sample.leakreport" &
  app=$!
  for _ in $(seq 50); do
    id=$(xdotool search --name "sample.leakreport" 2>/dev/null | head -1) && [ -n "$id" ] && break
    sleep 0.2
  done
  xdotool windowsize "$id" 1280 800 windowmove "$id" 0 0
  sleep 1
  xdotool windowfocus "$id" # no window manager: focus by hand, then type through XTEST
  for _ in $(seq "$3"); do xdotool key ctrl+Next; sleep 0.3; done
  sleep 1.5
  xwd -root -silent | /usr/bin/convert xwd:- -crop 1280x800+0+0 "$2"
  kill $app
' _ "$work" "$out" "$pages"
echo "wrote $out"

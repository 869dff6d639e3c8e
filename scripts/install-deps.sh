#!/usr/bin/env bash
# Installs everything LeakReport needs to build, test and be looked at on a bare Debian 12 machine.
# Idempotent: apt skips what is already there.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  clang
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-qpa-plugins libgl-dev
  desktop-file-utils appstream shared-mime-info help2man lintian  # packaging: checks, man page
  libqt6opengl6-dev  # Qt Charts (qt6-charts-dev) needs Qt6OpenGL to configure
  libcmark-gfm-dev libcmark-gfm-extensions-dev
  libsimdjson-dev  # large JSON inputs: heap snapshots, Prometheus responses
  nodejs prometheus valgrind  # tests: real heap snapshots and trace-gc logs, a real Prometheus server, promtool
  openssl  # tests: a self-signed certificate the Prometheus client must refuse
  fonts-dejavu-core
  xvfb xauth xdotool x11-apps poppler-utils
  wkhtmltopdf pandoc  # only the references the PDF export benchmark compares itself with
)

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"

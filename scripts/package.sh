#!/usr/bin/env bash
# Fresh Debian 12 machine to a checked Debian package: installs what is needed, makes a release
# build in build-release/, packages it with CPack and checks the package (packaging/check-package.sh;
# extra arguments such as --install go to it). The package is build-release/leakreport_*.deb.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
export BUILD_DIR=build-release
scripts/build.sh -DCMAKE_BUILD_TYPE=Release -DLEAKREPORT_BUILD_TESTS=OFF
rm -f build-release/leakreport_*.deb
(cd build-release && cpack -G DEB)
packaging/check-package.sh build-release/leakreport_*.deb "$@"

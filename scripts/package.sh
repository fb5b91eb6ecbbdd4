#!/usr/bin/env bash
# Builds the Debian package of orgweave (CPack; cmake/OrgweavePackaging.cmake): a Release build of
# orgweave and orgweave-studio without tests, then build/package/orgweave_VERSION-1_ARCH.deb.
# Install it with: sudo apt install ./build-package/package/orgweave_*.deb
# Usage: scripts/package.sh            (build folder: $ORGWEAVE_PACKAGE_BUILD_DIR, default build-package)
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh

build_dir=${ORGWEAVE_PACKAGE_BUILD_DIR:-build-package}
jobs=$(nproc 2>/dev/null || echo 2)
launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" \
  -DORGWEAVE_BUILD_TESTS=OFF -DORGWEAVE_BUILD_BENCH=OFF -DORGWEAVE_BUILD_STUDIO=ON
cmake --build "$build_dir" -j"$jobs"
rm -f "$build_dir"/package/orgweave_*.deb
cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$build_dir/package"

deb=$(ls "$build_dir"/package/orgweave_*.deb)
dpkg-deb --info "$deb"
echo "package: $deb ($(dpkg-deb --contents "$deb" | wc -l) entries)"
echo "install: sudo apt install ./$deb"

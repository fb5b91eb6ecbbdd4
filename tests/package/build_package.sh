#!/bin/sh
# Builds the Debian package of the build folder $2 with cpack $1 into $2/package (exit 77: no dpkg-deb).
# Usage: build_package.sh CPACK BUILD_DIR
set -eu
cpack=$1
build=$2
if ! command -v dpkg-deb >/dev/null 2>&1; then
  echo "SKIP: dpkg-deb is missing (not a Debian system); the package is not built"
  exit 77
fi
rm -f "$build"/package/orgweave_*.deb
start=$(date +%s)
"$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$build/package"
echo "cpack took $(($(date +%s) - start)) s"
ls -l "$build"/package/orgweave_*.deb

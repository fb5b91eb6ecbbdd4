#!/bin/sh
# Unpacks the orgweave .deb in a clean folder (dpkg-deb -x, as `apt install` would lay it out under /)
# and checks what the desktop and the system look for: the package's dependencies, the programs
# (the installed orgweave runs), the desktop entry (desktop-file-validate; it opens the MIME type
# with %f and names an icon that exists under share/icons/hicolor), the MIME type (xmllint, and
# shared-mime-info's own compiler gives *.orgweave.json a weight above *.json), the man page and the
# samples. Exit 77 (skipped) when dpkg-deb or a desktop tool is missing.
# Usage: check_package.sh PACKAGE_DIR WORK_DIR VERSION STUDIO(0|1)
set -eu
package_dir=$1
work=$2
version=$3
studio=$4

skip() {
  echo "SKIP: $*"
  exit 77
}
fail() {
  echo "FAIL: $*" >&2
  exit 1
}
ok() {
  echo "ok: $*"
}

command -v dpkg-deb >/dev/null 2>&1 || skip "dpkg-deb is missing (not a Debian system)"
for tool in desktop-file-validate xmllint update-mime-database update-desktop-database; do
  command -v "$tool" >/dev/null 2>&1 ||
    skip "$tool is missing (scripts/install-deps.sh installs desktop-file-utils, libxml2-utils, shared-mime-info)"
done

set -- "$package_dir"/orgweave_*.deb
[ $# -eq 1 ] && [ -f "$1" ] || fail "expected one orgweave_*.deb in $package_dir, found: $*"
deb=$1
case $(basename "$deb") in
  orgweave_"$version"-*_*.deb) ok "package file $(basename "$deb")" ;;
  *) fail "package file $(basename "$deb") does not carry version $version" ;;
esac

rm -rf "$work"
mkdir -p "$work"
root=$work/root
dpkg-deb -x "$deb" "$root"
usr=$root/usr

# Control fields: library dependencies found by dpkg-shlibdeps, the fonts named by hand.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for dep in libc6 libstdc++6 libgvc6 libcairo2 librsvg2-2 libpugixml1v5 fonts-dejavu-core; do
  echo "$depends" | grep -q "\\b$dep\\b" || fail "Depends lacks $dep"
done
[ "$(dpkg-deb -f "$deb" Package)" = orgweave ] || fail "Package field is not orgweave"

# Every installed file is under /usr.
extra=$(find "$root" -mindepth 1 -maxdepth 1 ! -name usr)
[ -z "$extra" ] || fail "files outside /usr: $extra"

# The command line runs from where it was unpacked: the package ships no library of its own (the
# project's libraries are static), the rest come from the system as Depends says.
[ -x "$usr/bin/orgweave" ] || fail "usr/bin/orgweave is missing or not executable"
[ -z "$(find "$usr" -name '*.so*')" ] || fail "the package ships shared libraries: $(find "$usr" -name '*.so*')"
got=$("$usr/bin/orgweave" --version)
[ "$got" = "orgweave $version" ] || fail "installed orgweave --version printed '$got', expected 'orgweave $version'"
ok "installed orgweave --version: $got"

# The samples, and the installed program reads them.
samples=$usr/share/orgweave/samples
[ -f "$samples/README.md" ] || fail "share/orgweave/samples/README.md is missing"
count=$(find "$samples" -name '*.orgweave.json' | wc -l)
[ "$count" -ge 5 ] || fail "expected at least 5 samples in share/orgweave/samples, found $count"
[ ! -e "$samples/tools" ] || fail "the sample generators (samples/tools) are packaged"
"$usr/bin/orgweave" validate "$samples/regional-committee.orgweave.json" >/dev/null ||
  fail "installed orgweave does not validate the installed regional-committee sample"
ok "$count samples; the installed orgweave validates regional-committee"

# The bokmål translation, where gettext looks (EXE/../share/locale), and read by the installed program.
[ -f "$usr/share/locale/nb/LC_MESSAGES/orgweave.mo" ] || fail "share/locale/nb/LC_MESSAGES/orgweave.mo is missing"
"$usr/bin/orgweave" --lang nb --help | grep -q "^Bruk: orgweave" ||
  fail "installed orgweave --lang nb --help is not in bokmål"
ok "bokmål catalogue share/locale/nb/LC_MESSAGES/orgweave.mo; orgweave --lang nb --help starts with 'Bruk:'"

# Man page, gzipped as Debian policy wants, with every command's section.
man=$usr/share/man/man1/orgweave.1.gz
[ -f "$man" ] || fail "share/man/man1/orgweave.1.gz is missing"
gzip -t "$man" || fail "orgweave.1.gz is not valid gzip"
page=$(gzip -dc "$man")
for section in NAME SYNOPSIS DESCRIPTION COMMANDS "EXIT STATUS"; do
  echo "$page" | grep -q "^\\.SH \"*$section" || fail "man page lacks the $section section"
done
for command in validate analyze gaps report; do
  echo "$page" | grep -q "^\\.SS $command\$" || fail "man page lacks the '$command' command"
done
ok "man page orgweave.1.gz with NAME, SYNOPSIS, DESCRIPTION, COMMANDS and EXIT STATUS"

if [ "$studio" != 1 ]; then
  echo "built without the studio: no desktop entry to check"
  exit 0
fi

[ -x "$usr/bin/orgweave-studio" ] || fail "usr/bin/orgweave-studio is missing or not executable"
echo "$depends" | grep -q "\\blibglfw3\\b" || fail "Depends lacks libglfw3 (the studio's window)"
[ -f "$usr/share/man/man1/orgweave-studio.1.gz" ] || fail "share/man/man1/orgweave-studio.1.gz is missing"

# Desktop entry: valid, in the applications menu, opening our MIME type with a file argument.
desktop=$usr/share/applications/orgweave-studio.desktop
[ -f "$desktop" ] || fail "share/applications/orgweave-studio.desktop is missing"
desktop-file-validate "$desktop" || fail "desktop-file-validate rejects orgweave-studio.desktop"
key() { sed -n "s/^$1=//p" "$desktop" | head -n 1; }
exec_line=$(key Exec)
case $exec_line in
  "orgweave-studio %f") ;;
  *) fail "Exec is '$exec_line', expected 'orgweave-studio %f'" ;;
esac
mime_type=$(key MimeType | cut -d';' -f1)
[ "$mime_type" = application/x-orgweave+json ] || fail "MimeType is '$mime_type'"
ok "desktop entry valid: Exec=$exec_line MimeType=$mime_type"

# update-desktop-database (what dpkg's trigger runs) maps the type to the entry.
cp -r "$usr/share/applications" "$work/applications"
update-desktop-database "$work/applications"
grep -q "^$mime_type=orgweave-studio.desktop" "$work/applications/mimeinfo.cache" ||
  fail "update-desktop-database does not map $mime_type to orgweave-studio.desktop"
ok "update-desktop-database: $mime_type=orgweave-studio.desktop"

# Icon: the name the entry gives, as SVG and as PNGs of their nominal size, where the icon theme looks.
icon=$(key Icon)
hicolor=$usr/share/icons/hicolor
[ -f "$hicolor/scalable/apps/$icon.svg" ] || fail "share/icons/hicolor/scalable/apps/$icon.svg is missing"
xmllint --noout "$hicolor/scalable/apps/$icon.svg" || fail "$icon.svg is not well-formed XML"
for size in 16 32 48 64 128 256; do
  png=$hicolor/${size}x${size}/apps/$icon.png
  [ -f "$png" ] || fail "share/icons/hicolor/${size}x${size}/apps/$icon.png is missing"
  # PNG signature, then the IHDR chunk's width and height (big-endian, bytes 16..23).
  signature=$(od -An -tx1 -N8 "$png" | tr -d ' \n')
  [ "$signature" = 89504e470d0a1a0a ] || fail "$png is not a PNG"
  width=$(od -An -tu1 -j16 -N4 "$png" | awk '{print $1*16777216 + $2*65536 + $3*256 + $4}')
  height=$(od -An -tu1 -j20 -N4 "$png" | awk '{print $1*16777216 + $2*65536 + $3*256 + $4}')
  [ "$width" = "$size" ] && [ "$height" = "$size" ] || fail "$png is ${width}x$height"
done
ok "icon $icon: scalable SVG and PNGs 16..256 under share/icons/hicolor"

# MIME type: well-formed, and shared-mime-info's compiler (what dpkg's trigger runs) gives the glob
# a weight above the one of *.json.
xml=$usr/share/mime/packages/orgweave.xml
[ -f "$xml" ] || fail "share/mime/packages/orgweave.xml is missing"
xmllint --noout "$xml" || fail "orgweave.xml is not well-formed XML"
mkdir -p "$work/mime/packages"
cp "$xml" "$work/mime/packages/"
XDG_DATA_DIRS=$work update-mime-database "$work/mime"
line=$(grep ":$mime_type:\\*\\.orgweave\\.json" "$work/mime/globs2") ||
  fail "update-mime-database made no glob *.orgweave.json for $mime_type"
weight=${line%%:*}
json_weight=50
if [ -f /usr/share/mime/globs2 ]; then
  json_weight=$(sed -n 's/^\([0-9]*\):application\/json:\*\.json$/\1/p' /usr/share/mime/globs2 | head -n 1)
  json_weight=${json_weight:-50}
fi
[ "$weight" -gt "$json_weight" ] || fail "the glob's weight $weight is not above *.json's $json_weight"
grep -q "^$mime_type application/json" "$work/mime/subclasses" || fail "$mime_type is not a subclass of application/json"
ok "MIME type $mime_type: *.orgweave.json weight $weight > *.json weight $json_weight"
echo "package checks passed"

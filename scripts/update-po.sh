#!/usr/bin/env bash
# Extracts the translatable texts of the sources (tr, trn, N_, and the report's say, sayf, sayn; core/include/orgweave/core/Translate.hpp)
# with xgettext into po/orgweave.pot and merges them into each po/LANG.po of po/LINGUAS (msgmerge):
# new texts arrive untranslated, changed ones fuzzy; translate them, then build.
# Usage: scripts/update-po.sh           update po/orgweave.pot and the .po files
#        scripts/update-po.sh --check   change nothing; fail when po/orgweave.pot is out of date or a
#                                       message id lacks a translation (or is fuzzy) in a language
#                                       (the test "translation: ..."; exit 77 without gettext)
set -euo pipefail
cd "$(dirname "$0")/.."

check=0
if [[ ${1:-} == --check ]]; then check=1; fi

for tool in xgettext msgmerge msgcmp msgfmt; do
  if ! command -v "$tool" >/dev/null; then
    echo "SKIP: $tool is missing (scripts/install-deps.sh installs gettext)"
    exit 77
  fi
done

version=$(sed -n 's/^project(orgweave VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The sources in a stable order, so the .pot does not change with the file system's.
find core app layouts -name '*.cpp' -o -name '*.hpp' | LC_ALL=C sort >"$work/files"
xgettext --language=C++ --from-code=UTF-8 --keyword= --keyword=tr --keyword=trn:1,2 --keyword=N_ --keyword=NP_:1,2 --keyword=say:2 --keyword=sayf:2 --keyword=sayn:2,3 \
  --add-comments=TRANSLATORS: --add-location=file --sort-by-file --package-name=orgweave --package-version="$version" \
  --files-from="$work/files" --output="$work/orgweave.pot"

status=0
if [[ $check -eq 1 ]]; then
  # The same message ids both ways (msgcmp names each one missing).
  if ! msgcmp --use-untranslated po/orgweave.pot "$work/orgweave.pot" ||
    ! msgcmp --use-untranslated "$work/orgweave.pot" po/orgweave.pot; then
    echo "po/orgweave.pot is out of date: run scripts/update-po.sh and translate the new texts"
    status=1
  fi
fi

while read -r language; do
  [[ -z $language || $language == \#* ]] && continue
  po=po/$language.po
  if [[ $check -eq 1 ]]; then
    # msgcmp: every id of the sources must have a translation that is neither empty nor fuzzy.
    if ! msgcmp "$po" "$work/orgweave.pot"; then
      echo "$po: message ids above lack a $language translation"
      status=1
    fi
    msgfmt --check --statistics --output-file=/dev/null "$po" || status=1
  else
    msgmerge --quiet --update --backup=none --no-wrap "$po" "$work/orgweave.pot"
    msgfmt --statistics --output-file=/dev/null "$po"
  fi
done <po/LINGUAS

if [[ $check -eq 0 ]]; then
  cp "$work/orgweave.pot" po/orgweave.pot
  echo "wrote po/orgweave.pot ($(grep -c '^msgid ' po/orgweave.pot) entries with the header)"
fi
exit $status

#!/usr/bin/env bash
# Refresh the Qt Linguist sources from the code, then compile them. Rerun after adding or changing any
# self.tr()/QCoreApplication.translate()/QT_TRANSLATE_NOOP string in ui/. New strings arrive as
# type="unfinished" and tests/ui/test_translations.py fails until a translator has filled them in
# (pyside6-linguist translations/identity_connect_de.ts).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${VENV:-.venv}/bin"
mapfile -t SOURCES < <(find ui -name '*.py' | sort)
for lang in de fr es ja zh_CN; do
  "$BIN/pyside6-lupdate" -no-obsolete -locations relative "${SOURCES[@]}" -ts "translations/identity_connect_${lang}.ts"
  "$BIN/pyside6-lrelease" -silent "translations/identity_connect_${lang}.ts" -qm "translations/identity_connect_${lang}.qm"
done
# English: the plural forms only (the source text is English already; "%n user(s)" becomes "1 user", "2 users").
"$BIN/pyside6-lupdate" -pluralonly -no-obsolete -locations relative "${SOURCES[@]}" -ts translations/identity_connect_en.ts
"$BIN/pyside6-lrelease" -silent translations/identity_connect_en.ts -qm translations/identity_connect_en.qm

#!/usr/bin/env bash
# Refresh the .ts sources from ui/ and build the .qm files the app loads.
#   resources/translations/update.sh
# Translate new strings in Qt Linguist (pyside6-linguist) between the two steps, or
# run the script again after translating: lupdate keeps every existing translation.
# numerus.py keeps `QCoreApplication.translate(..., n)` messages plural (lupdate does not).
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=".venv/bin"
files=$(find ui -name '*.py' | sort)
ts=(resources/translations/contact_planner_{en,ru,pl}.ts)
plurals=$(mktemp)
trap 'rm -f "$plurals"' EXIT
"$bin/python" resources/translations/numerus.py snapshot "$plurals" "${ts[@]}"
for lang in en ru pl; do
    "$bin/pyside6-lupdate" -no-obsolete -locations none -target-language "$lang" \
        $files -ts "resources/translations/contact_planner_$lang.ts"
done
"$bin/python" resources/translations/numerus.py apply "$plurals" "${ts[@]}"
for lang in en ru pl; do
    "$bin/pyside6-lrelease" -silent "resources/translations/contact_planner_$lang.ts" \
        -qm "resources/translations/contact_planner_$lang.qm"
done

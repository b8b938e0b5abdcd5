#!/usr/bin/env bash
# Re-extracts the translatable strings of app/ ui/ models/ into every kakiyo_<lang>.ts (new
# strings arrive unfinished, strings gone from the sources are dropped), then fills the French
# file from its mapping (fr/part*.py). Run from anywhere: `make translations`.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
LUPDATE="${LUPDATE:-/usr/lib/qt6/bin/lupdate}"
shopt -s nullglob
ts=(resources/translations/kakiyo_*.ts)
[ ${#ts[@]} -gt 0 ] || ts=(resources/translations/kakiyo_fr.ts)
"$LUPDATE" -silent app ui models -I . -extensions cpp,h -locations relative -no-obsolete -ts "${ts[@]}"
python3 resources/translations/fill_ts.py resources/translations/kakiyo_fr.ts resources/translations/fr

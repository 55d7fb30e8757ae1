#!/usr/bin/env bash
# Regenerates the mpmath reference tables (tests/reference/) and docs/ACCURACY.md, measured
# against them natively and in wasm: `npm run references`, after adding or changing a row.
# Needs Debian's python3-mpmath under /usr/bin/python3 (about 15 s for the tables).
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

echo "== reference tables (mpmath) =="
/usr/bin/python3 tests/reference/generate.py
echo "== accuracy_report, native and wasm =="
configure_native
cmake --build build/native -j "$JOBS" --target accuracy_report
configure_wasm
cmake --build build/wasm -j "$JOBS" --target accuracy_report
node scripts/accuracy-report.mjs

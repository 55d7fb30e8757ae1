#!/usr/bin/env bash
# Runs the test suites against what scripts/build.sh built; `npm test` builds first.
#   test.sh            every suite
#   test.sh cpp|js|e2e one suite
# Every requested suite runs even when an earlier one fails; the exit status is non-zero
# if any failed.
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

# Called as `suite_x || ...`, where bash ignores set -e: each suite returns its own status.
suite_cpp() {
  local status=0
  echo "== Catch2, native (ctest) =="
  ctest --test-dir build/native --output-on-failure -j "$JOBS" || status=1
  echo "== Catch2, wasm under Node (ctest) =="
  ctest --test-dir build/wasm --output-on-failure -j "$JOBS" || status=1
  echo "== accuracy report, both builds =="
  node scripts/accuracy-report.mjs --check || status=1
  return $status
}

suite_js() {
  echo "== JS API against the shipped module (node --test) =="
  node --test tests/js/
}

suite_e2e() {
  echo "== the page in headless Chromium (Playwright) =="
  npx playwright test
}

failed=()
for suite in ${1:-cpp js e2e}; do
  "suite_$suite" || failed+=("$suite")
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "FAILED suites: ${failed[*]}" >&2
  exit 1
fi
echo "all suites passed"

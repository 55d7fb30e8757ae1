#!/usr/bin/env bash
# Runs the test suites against what scripts/build.sh built; `npm test` builds first.
#   test.sh            every suite
#   test.sh cpp|js|e2e one suite (also sanitize, fuzz; several: test.sh "js e2e")
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

# The native Catch2 suites (the kernels' and the trainer's) again under ASan + UBSan (-DSANITIZE=ON, -O0: the quickest to
# compile). Any report aborts the test that caused it; the count is printed as well.
suite_sanitize() {
  echo "== Catch2, native under AddressSanitizer + UndefinedBehaviorSanitizer (ctest) =="
  cmake -S . -B build/sanitize -DCMAKE_BUILD_TYPE=Debug -DSANITIZE=ON >/dev/null || return 1
  cmake --build build/sanitize -j "$JOBS" --target activation_tests trainer_tests >/dev/null || return 1
  local status=0
  UBSAN_OPTIONS=print_stacktrace=1 ctest --test-dir build/sanitize --output-on-failure -j "$JOBS" \
    | tee build/sanitize/ctest.log || status=1
  echo "sanitizer reports: $(grep -cE 'runtime error:|ERROR: (AddressSanitizer|LeakSanitizer)' build/sanitize/ctest.log)"
  return $status
}

# Each libFuzzer target for 20 s (`npm run fuzz` runs them for 300 s each).
suite_fuzz() {
  bash scripts/fuzz.sh 20
}

failed=()
for suite in ${1:-cpp sanitize fuzz js e2e}; do
  "suite_$suite" || failed+=("$suite")
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "FAILED suites: ${failed[*]}" >&2
  exit 1
fi
echo "all suites passed"

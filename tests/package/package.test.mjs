// The npm package as a course author gets it: `npm pack` at the root, the tarball installed into
// a scratch project under build/ (tests/package/scratch/ is its template), then a Node script,
// tsc --strict over a typed usage example and an expected-error example, and a Vite build of a
// page with <activation-plot>, all against the installed copy. Needs the build (scripts/build.sh):
// the tarball carries web/generated/ and dist/.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { build } from 'vite';

import { assertWithinUlps } from '../js/reference.mjs';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const work = join(root, 'build', 'package');
const scratch = join(work, 'scratch');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

let packed;

before(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', work], { cwd: root });
  [packed] = JSON.parse(stdout);
  cpSync(fileURLToPath(new URL('scratch', import.meta.url)), scratch, { recursive: true });
  // The package's own dependencies are in npm's cache since `npm ci`: no network needed.
  await run('npm', ['install', join(work, packed.filename), '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: scratch,
  });
});

test('the tarball holds what the exports name, and none of the sources, tests or build tree', () => {
  const files = new Set(packed.files.map((file) => file.path));
  const targets = Object.values(manifest.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
  for (const target of targets) assert.ok(files.has(target.slice(2)), `${target} is in the tarball`);
  assert.ok(files.has('dist/activation-plot.js'), 'the element built for a CDN');
  for (const path of files) {
    assert.ok(/^(types|web|dist)\/|^(package\.json|README\.md)$/.test(path), `${path} is something a user needs`);
  }
  assert.equal(manifest.private, true, 'not published until that is wanted');
});

test('a Node script needs no options: the engine and the trainer find their wasm beside themselves', async () => {
  const { stdout } = await run(process.execPath, ['node-script.mjs'], { cwd: scratch });
  const result = JSON.parse(stdout);
  // sigmoid and its derivative at 0 and 2, mpmath at 200 bits rounded to double, held to the
  // bounds tests/js/engine.test.mjs sets for every kernel: 4 ULP for f, 8 for f'.
  assertWithinUlps(result.sigmoid, [0.5, 0.8807970779778824], 4, 'sigmoid');
  assertWithinUlps(result.sigmoidDerivative, [0.25, 0.10499358540350652], 8, "sigmoid'");
  // Three terms, each rounded once, then summed: within 3 ulp of 1.
  assert.ok(Math.abs(result.probabilitySum - 1) <= 3 * Number.EPSILON);
  assert.equal(result.sharedInstance, true, 'loadActivations() without options shares one instance');
  assert.equal(result.unknown, 'UnknownActivationError');
  assert.ok(result.lastLoss < result.firstLoss / 2, `training lowers the loss (${result.firstLoss} -> ${result.lastLoss})`);
  assert.equal(result.disposed, 'DisposedNetworkError');
});

test('tsc --strict accepts the typed usage, and every @ts-expect-error in the wrong calls is honoured', async () => {
  // An unused @ts-expect-error is an error: passing means every wrong call failed.
  await run(process.execPath, [tsc, '-p', scratch]);
});

test('without their @ts-expect-error lines, each wrong call fails to type-check on its own line', async () => {
  const kept = [];
  const expectedLines = [];
  for (const line of readFileSync(join(scratch, 'expected-errors.ts'), 'utf8').split('\n')) {
    const marked = line.trimStart().startsWith('// @ts-expect-error');
    if (marked) expectedLines.push(kept.length + 1);
    else kept.push(line);
  }
  writeFileSync(join(scratch, 'unmarked-errors.ts'), kept.join('\n'));
  writeFileSync(join(scratch, 'tsconfig.unmarked.json'), JSON.stringify({ extends: './tsconfig.json', files: ['unmarked-errors.ts'] }));
  const failure = await run(process.execPath, [tsc, '-p', join(scratch, 'tsconfig.unmarked.json')]).then(
    () => assert.fail('the wrong calls type-checked'),
    (error) => error,
  );
  const errorLines = new Set([...failure.stdout.matchAll(/unmarked-errors\.ts\((\d+),\d+\): error/g)].map((match) => Number(match[1])));
  assert.equal(expectedLines.length, 19, 'the number of wrong calls in expected-errors.ts');
  assert.deepEqual([...errorLines].sort((a, b) => a - b), expectedLines);
});

test('a Vite build of a page with <activation-plot> bundles the element and its wasm from the package', async () => {
  const outDir = join(scratch, 'dist');
  await build({ root: scratch, base: './', configFile: false, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const assets = readdirSync(join(outDir, 'assets'));
  assert.ok(assets.some((file) => /^activations-[\w-]+\.wasm$/.test(file)), `the wasm is emitted (${assets.join(', ')})`);
  const script = assets.filter((file) => file.endsWith('.js')).map((file) => readFileSync(join(outDir, 'assets', file), 'utf8')).join('');
  assert.ok(script.includes('activation-plot'), 'the element is defined in the bundle');
});

// The committed mpmath reference tables (tests/reference/, written by generate.py) as the node
// suites read them, and the ULP arithmetic to compare against them.
import assert from 'node:assert/strict';
import fs from 'node:fs';

/** Parses Python's float.hex() output (e.g. -0x1.8p+1, 0x0.0000000000001p-1022, inf, nan). */
export function parseHexFloat(text) {
  const special = { inf: Infinity, '+inf': Infinity, '-inf': -Infinity, nan: NaN };
  if (text in special) return special[text];
  const match = /^([+-]?)0x([0-9a-f]+)(?:\.([0-9a-f]*))?p([+-]\d+)$/i.exec(text);
  if (!match) throw new SyntaxError(`not a hex float: ${JSON.stringify(text)}`);
  const [, sign, whole, fraction = '', exponent] = match;
  let mantissa = BigInt(`0x${whole}${fraction}`);
  let power = Number(exponent) - 4 * fraction.length;
  // A mantissa written without its trailing zeros leaves the power too high: move bits over.
  while (power > 971 && mantissa > 0n && mantissa < 2n ** 52n) {
    mantissa <<= 1n;
    power -= 1;
  }
  // A double has at most 53 significant bits and, so written, a power in [-1074, 971]: then
  // Number(mantissa) and 2 ** power are exact and so is their product, which is a double.
  if (mantissa >= 2n ** 53n || power < -1074 || power > 971) {
    throw new RangeError(`hex float outside what float.hex() writes: ${text}`);
  }
  const magnitude = Number(mantissa) * 2 ** power;
  return sign === '-' ? -magnitude : magnitude;
}

const ulpScratch = new Float64Array(1);
const ulpBits = new BigInt64Array(ulpScratch.buffer);

/** Position of x on a line where adjacent doubles are adjacent integers and -0 meets +0. */
function ordinal(x) {
  ulpScratch[0] = x;
  const bits = ulpBits[0];
  return bits < 0n ? -(2n ** 63n) - bits : bits;
}

/** How many doubles apart a and b are; NaN is 0 from NaN and infinitely far from a number. */
export function ulpDistance(a, b) {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b) ? 0 : Infinity;
  const d = ordinal(a) - ordinal(b);
  return Number(d < 0n ? -d : d);
}

function readCsv(name) {
  const text = fs.readFileSync(new URL(`../reference/${name}`, import.meta.url), 'utf8');
  const [header, ...lines] = text.trim().split('\n');
  const columns = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [columns[i], cell])));
}

export const parseHexList = (text) => (text === '' ? [] : text.split(' ').map(parseHexFloat));

/** tests/reference/elementwise/<id>.csv grouped by parameters: [{ id, parameters, xs, values, derivatives }]. */
export function elementwiseReference(ids) {
  const groups = new Map();
  for (const id of ids) {
    for (const row of readCsv(`elementwise/${id}.csv`)) {
      const key = `${id}|${row.parameters}`;
      if (!groups.has(key)) groups.set(key, { id, parameters: parseHexList(row.parameters), xs: [], values: [], derivatives: [] });
      const group = groups.get(key);
      group.xs.push(parseHexFloat(row.x));
      group.values.push(parseHexFloat(row.value));
      group.derivatives.push(parseHexFloat(row.derivative));
    }
  }
  return [...groups.values()];
}

/** tests/reference/vector.csv: [{ function, temperature, logits, outputs }]. */
export function vectorReference() {
  return readCsv('vector.csv').map((row) => ({
    function: row.function,
    temperature: parseHexFloat(row.temperature),
    logits: parseHexList(row.logits),
    outputs: parseHexList(row.outputs),
  }));
}

/** Asserts every got[i] is within `allowed` ULPs of want[i] (or within `absolute`), naming the offenders. */
export function assertWithinUlps(got, want, allowed, label, absolute = 0) {
  assert.equal(got.length, want.length, `${label}: length`);
  const failures = [];
  for (let i = 0; i < want.length; i += 1) {
    const error = ulpDistance(got[i], want[i]);
    if (error > allowed && !(Math.abs(got[i] - want[i]) <= absolute)) {
      failures.push(`[${i}] got ${got[i]}, want ${want[i]} (${error} ULP)`);
    }
  }
  assert.deepEqual(failures, [], `${label}: more than ${allowed} ULP off`);
}

/** tests/reference/gated/<id>.csv: { a, b, value, da, db }, five Float64Arrays. */
export function gatedReference(id) {
  const rows = readCsv(`gated/${id}.csv`);
  const column = (key) => Float64Array.from(rows, (row) => parseHexFloat(row[key]));
  return { a: column('a'), b: column('b'), value: column('value'), da: column('da'), db: column('db') };
}

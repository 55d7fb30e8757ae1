// The page's whole state, as one table of URL-hash properties (after TF Playground's
// state.ts): each row's type, default and limits drive parsing, defaults and
// serialisation. Anything unknown or malformed in the hash falls back to the default;
// numbers outside their limits are clamped. Values are only ever parsed as numbers or
// matched against fixed choices, never inserted into the page as HTML.

/** Hashes longer than this are ignored as a whole. */
export const MAX_HASH_LENGTH = 4096;
/** The plotted x interval stays inside [-X_LIMIT, X_LIMIT]: wide enough to show where the
 * notebook's tanh overflows (|x| ~ 710). */
const X_LIMIT = 1000;
/** The parts of the page an embedding can hide (elements carry them as data-part). */
const HIDEABLE_PARTS = ['pickers', 'view', 'parameters', 'explanation', 'formula', 'probe', 'data', 'export', 'depth', 'softmax', 'function', 'language'];
/** A fixed y interval stays inside [-Y_LIMIT, Y_LIMIT]. */
const Y_LIMIT = 1e6;
/** A gated row's value input a stays inside [-GATE_VALUE_LIMIT, GATE_VALUE_LIMIT]. */
const GATE_VALUE_LIMIT = 10;
/** The page's views, each behind a tab; the first is the default. */
export const VIEWS = ['functions', 'softmax'];
/** The panes under a view's charts; a view shows the ones it has and falls back to its first. */
export const TABS = ['explanation', 'formula', 'properties', 'layers', 'data'];
/** How a line chart picks its y interval: every curve readable, every curve whole, or one curve. */
const FIT_MODES = ['auto', 'all'];

const parsers = {
  choice: (text, p) => (p.choices.includes(text) ? text : undefined),
  number: (text, p) => {
    const value = parseFiniteNumber(text);
    if (value === undefined) return undefined;
    const clamped = clamp(value, p.min, p.max);
    return p.integer ? Math.round(clamped) : clamped;
  },
  choices: (text, p) => {
    const values = text === '' ? [] : text.split(',');
    const valid = values.length <= p.maxLength && new Set(values).size === values.length;
    return valid && values.every((v) => p.choices.includes(v)) ? values : undefined;
  },
  // Not a lookup in an object literal: that answers inherited names ("constructor").
  flag: (text) => (text === '1' ? true : text === '0' ? false : undefined),
  numbers: (text, p) => {
    const parts = text.split(',');
    if (parts.length < p.minLength || parts.length > p.maxLength) return undefined;
    const values = parts.map(parseFiniteNumber);
    return values.includes(undefined) ? undefined : values.map((v) => clamp(v, p.min, p.max));
  },
};

const formatters = {
  choice: String,
  number: String,
  flag: (value) => (value ? '1' : '0'),
  choices: (values) => values.join(','),
  numbers: (values) => values.join(','),
};

/** The property table for a catalogue (from engine.js's catalog()). */
export function stateProperties(catalog, languages) {
  // What the functions view draws: element-wise rows, and gated ones over their gate input.
  const curves = catalog.filter((row) => row.kind === 'elementwise' || row.kind === 'gated');
  const vector = catalog.filter((row) => row.kind === 'vector');
  const temperature = vector[0].params.find((p) => p.id === 'temperature');
  const fitChoices = [...FIT_MODES, ...curves.map((row) => row.id)];
  return [
    { key: 'view', type: 'choice', choices: VIEWS, default: VIEWS[0] },
    { key: 'fn', type: 'choice', choices: curves.map((row) => row.id), default: 'sigmoid' },
    // No default: absent, the page follows the browser's language.
    { key: 'lang', type: 'choice', choices: languages, default: undefined },
    { key: 'xmin', type: 'number', min: -X_LIMIT, max: X_LIMIT, default: -10 },
    { key: 'xmax', type: 'number', min: -X_LIMIT, max: X_LIMIT, default: 10 },
    // Functions overlaid on the first one, each with its own parameters.
    { key: 'cmp', type: 'choices', choices: curves.map((row) => row.id), maxLength: 3, default: [] },
    // A gated row's value input a, held while its gate input b runs along x.
    { key: 'gatea', type: 'number', min: -GATE_VALUE_LIMIT, max: GATE_VALUE_LIMIT, default: 1 },
    { key: 'naive', type: 'flag', default: false },
    { key: 'logy', type: 'flag', default: false },
    { key: 'yfix', type: 'flag', default: false },
    { key: 'ymin', type: 'number', min: -Y_LIMIT, max: Y_LIMIT, default: -2 },
    { key: 'ymax', type: 'number', min: -Y_LIMIT, max: Y_LIMIT, default: 2 },
    // Each line chart's y interval: a mode, or the id of the shown function to fit.
    { key: 'fit', type: 'choice', choices: fitChoices, default: 'auto' },
    { key: 'dfit', type: 'choice', choices: fitChoices, default: 'auto' },
    { key: 'px', type: 'number', min: -X_LIMIT, max: X_LIMIT, default: 0.5 },
    { key: 'tab', type: 'choice', choices: TABS, default: TABS[0] },
    // Presentation mode: the charts and a large read-out for a lecture hall.
    { key: 'present', type: 'flag', default: false },
    { key: 'depth', type: 'number', min: 1, max: 50, step: 1, integer: true, default: 10 },
    // Embedded in a course page: no page chrome, and these parts hidden.
    { key: 'embed', type: 'flag', default: false },
    { key: 'hide', type: 'choices', choices: HIDEABLE_PARTS, maxLength: HIDEABLE_PARTS.length, default: [] },
    { key: 'vfn', type: 'choice', choices: vector.map((row) => row.id), default: 'softmax' },
    { key: 't', type: 'number', min: temperature.min, max: temperature.max, default: temperature.default },
    { key: 'logits', type: 'numbers', min: -100, max: 100, minLength: 1, maxLength: 12, default: [-2, -1, 0, 1, 2] },
    ...curves.flatMap((row) =>
      row.params.map((p) => ({ key: parameterKey(row.id, p.id), type: 'number', min: p.min, max: p.max, default: p.default })),
    ),
  ];
}

export function parameterKey(functionId, parameterId) {
  return `${functionId}.${parameterId}`;
}

export function defaultState(properties) {
  return Object.fromEntries(properties.map((p) => [p.key, copy(p.default)]));
}

/** The state a hash describes ('#fn=relu&t=2'), every property present. */
export function parseHash(hash, properties) {
  const state = defaultState(properties);
  if (typeof hash !== 'string' || hash.length > MAX_HASH_LENGTH) return state;
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  for (const p of properties) {
    const text = params.get(p.key);
    if (text === null) continue;
    const value = parsers[p.type](text, p);
    if (value !== undefined) state[p.key] = value;
  }
  const fallback = defaultState(properties);
  for (const [low, high] of [['xmin', 'xmax'], ['ymin', 'ymax']]) {
    if (!(state[low] < state[high])) Object.assign(state, { [low]: fallback[low], [high]: fallback[high] });
  }
  state.cmp = state.cmp.filter((id) => id !== state.fn);
  return state;
}

/** The shortest hash for a state: only the properties that differ from their defaults. */
export function serializeHash(state, properties) {
  const parts = [];
  for (const p of properties) {
    const value = state[p.key];
    if (value === undefined || sameValue(value, p.default)) continue;
    parts.push(`${p.key}=${encodeURIComponent(formatters[p.type](value)).replaceAll('%2C', ',')}`);
  }
  return parts.length ? `#${parts.join('&')}` : '';
}

function parseFiniteNumber(text) {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > 32) return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

function clamp(value, min, max) {
  return Math.min(max, Math.max(min, value));
}

function sameValue(a, b) {
  return Array.isArray(a) ? Array.isArray(b) && a.length === b.length && a.every((v, i) => v === b[i]) : a === b;
}

function copy(value) {
  return Array.isArray(value) ? [...value] : value;
}

// The page's whole state, as one table of URL-hash properties (after TF Playground's
// state.ts): each row's type, default and limits drive parsing, defaults and
// serialisation. Anything unknown or malformed in the hash falls back to the default;
// numbers outside their limits are clamped. Values are only ever parsed as numbers, matched
// against fixed choices or kept as plain text (plainText.js), never inserted as HTML.
import { cleanText } from './plainText.js';

/** Hashes longer than this are ignored as a whole. */
export const MAX_HASH_LENGTH = 4096;
/** The plotted x interval stays inside [-X_LIMIT, X_LIMIT]: wide enough to show where the
 * notebook's tanh overflows (|x| ~ 710). */
const X_LIMIT = 1000;
/** The parts of the page an embedding can hide (elements carry them as data-part). */
export const HIDEABLE_PARTS = ['pickers', 'view', 'parameters', 'explanation', 'formula', 'probe', 'data', 'export', 'depth', 'softmax', 'function', 'language'];
/** A fixed y interval stays inside [-Y_LIMIT, Y_LIMIT]. */
const Y_LIMIT = 1e6;
/** A lesson's id: lower-case letters, digits and hyphens (its file is lessons/<id>.json). */
export const LESSON_ID = /^[a-z0-9-]{1,64}$/;
/** The most steps a lesson may have. */
export const MOST_STEPS = 100;
/** A gated row's value input a stays inside [-GATE_VALUE_LIMIT, GATE_VALUE_LIMIT]. */
const GATE_VALUE_LIMIT = 10;
/** The page's views, each behind a tab; the first is the default. */
export const VIEWS = ['functions', 'softmax', 'sampling', 'training'];
/** The panes under a view's charts; a view shows the ones it has and falls back to its first. */
export const TABS = ['explanation', 'formula', 'properties', 'layers', 'data'];
/** The training view's datasets (web/src/views/training/datasets.js generates them). */
export const TRAINING_DATASETS = ['circle', 'xor', 'gaussians', 'spiral', 'sine'];
/** Examples in each training dataset, so the largest batch. */
export const TRAINING_POINTS = 200;
/** How a line chart picks its y interval: every curve readable, every curve whole, or one curve. */
const FIT_MODES = ['auto', 'all'];
/**
 * The sampling view's example logits, one per candidate word; each language has its own
 * prompt and words for them (i18n: sampling.example).
 */
export const SAMPLING_EXAMPLE_LOGITS = Object.freeze([4, 3.3, 2.9, 2.5, 2.2, 1.8, 1.2, 0.8, 0.3, -1]);
/** The most candidate words, and the longest word and prompt, in code points. */
const MOST_WORDS = 12;
const WORD_CHARS = 16;
const PROMPT_CHARS = 60;

const parsers = {
  choice: (text, p) => (p.choices.includes(text) ? text : undefined),
  // A name made of a fixed set of characters (a lesson's file name): matched whole, never decoded further.
  name: (text, p) => (p.pattern.test(text) ? text : undefined),
  number: (text, p) => {
    const value = parseFiniteNumber(text);
    if (value === undefined) return undefined;
    const clamped = clamp(value, p.min, p.max);
    return p.integer ? Math.round(clamped) : clamped;
  },
  choices: (text, p) => {
    const values = text === '' ? [] : text.split(',');
    const valid = values.length >= (p.minLength ?? 0) && values.length <= p.maxLength && new Set(values).size === values.length;
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
  text: (text, p) => cleanText(text, p.maxChars),
  texts: (text, p) => {
    const parts = text.split(',');
    if (parts.length < p.minLength || parts.length > p.maxLength) return undefined;
    const values = parts.map((part) => cleanText(unescapeItem(part), p.maxChars));
    return values.includes(undefined) ? undefined : values;
  },
};

const formatters = {
  choice: String,
  name: String,
  number: String,
  flag: (value) => (value ? '1' : '0'),
  choices: (values) => values.join(','),
  numbers: (values) => values.join(','),
  text: String,
  texts: (values) => values.map(escapeItem).join(','),
};

// Inside a list of texts, an item's own ',' and '%' are written %2C and %25 (and the hash
// encodes the whole list once more); any other '%' makes the list malformed.
const escapeItem = (text) => text.replaceAll('%', '%25').replaceAll(',', '%2C');
const unescapeItem = (text) => (/%(?!25|2C)/i.test(text) ? undefined : text.replace(/%(25|2C)/gi, (code) => (code === '%25' ? '%' : ',')));

/**
 * Embedded in a course page: no page chrome, and these parts hidden. They need no catalogue, so
 * main.js applies them before the wasm has loaded (the frame's first paint has the embed's layout).
 */
export const EMBEDDING_PROPERTIES = Object.freeze([
  { key: 'embed', type: 'flag', default: false },
  { key: 'hide', type: 'choices', choices: HIDEABLE_PARTS, maxLength: HIDEABLE_PARTS.length, default: [] },
]);

/** The property table for a catalogue (from engine.js's catalog()). */
export function stateProperties(catalog, languages) {
  // What the functions view draws: element-wise rows, and gated ones over their gate input.
  const curves = catalog.filter((row) => row.kind === 'elementwise' || row.kind === 'gated');
  // The trainer's activations: element-wise rows only.
  const elementwise = catalog.filter((row) => row.kind === 'elementwise');
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
    ...EMBEDDING_PROPERTIES,
    // Embedded, the language select shows only when asked for.
    { key: 'langmenu', type: 'flag', default: false },
    // A lesson (lessons/<id>.json beside the site) and its step, from 1.
    { key: 'lesson', type: 'name', pattern: LESSON_ID, default: '' },
    { key: 'step', type: 'number', min: 1, max: MOST_STEPS, integer: true, default: 1 },
    { key: 'vfn', type: 'choice', choices: vector.map((row) => row.id), default: 'softmax' },
    { key: 't', type: 'number', min: temperature.min, max: temperature.max, default: temperature.default },
    { key: 'logits', type: 'numbers', min: -100, max: 100, minLength: 1, maxLength: 12, default: [-2, -1, 0, 1, 2] },
    // The sampling view (`view`: where these properties show): a prompt and candidate words
    // with their logits (none given: the example's, in the page's language), the four knobs
    // at the values that switch each filter off (engine.js's SAMPLING_DEFAULTS), how many
    // draws are shown and their seed.
    { key: 'prompt', view: 'sampling', type: 'text', maxChars: PROMPT_CHARS, default: '' },
    { key: 'words', view: 'sampling', type: 'texts', maxChars: WORD_CHARS, minLength: 2, maxLength: MOST_WORDS, default: [] },
    { key: 'scores', view: 'sampling', type: 'numbers', min: -20, max: 20, minLength: 2, maxLength: MOST_WORDS, default: [...SAMPLING_EXAMPLE_LOGITS] },
    { key: 'temp', view: 'sampling', type: 'number', min: 0.05, max: 5, step: 0.05, default: 1 },
    { key: 'topk', view: 'sampling', type: 'number', min: 0, max: MOST_WORDS, step: 1, integer: true, default: 0 },
    { key: 'topp', view: 'sampling', type: 'number', min: 0.01, max: 1, step: 0.01, default: 1 },
    { key: 'minp', view: 'sampling', type: 'number', min: 0, max: 1, step: 0.01, default: 0 },
    { key: 'draws', view: 'sampling', type: 'number', min: 0, max: 10_000, step: 1, integer: true, default: 0 },
    { key: 'drawseed', view: 'sampling', type: 'number', min: 0, max: Number.MAX_SAFE_INTEGER, step: 1, integer: true, default: 1 },
    // The training view: its activations (each with the parameters above), network, data and
    // training options; the trainer's choices (web/src/trainer.js) in the same order.
    { key: 'train.acts', type: 'choices', choices: elementwise.map((row) => row.id), minLength: 2, maxLength: 4, default: ['sigmoid', 'tanh', 'relu', 'selu'] },
    { key: 'train.layers', type: 'number', min: 1, max: 10, step: 1, integer: true, default: 4 },
    { key: 'train.width', type: 'number', min: 2, max: 32, step: 1, integer: true, default: 8 },
    { key: 'train.init', type: 'choice', choices: ['glorot', 'he', 'lecun'], default: 'glorot' },
    { key: 'train.data', type: 'choice', choices: TRAINING_DATASETS, default: TRAINING_DATASETS[0] },
    { key: 'train.noise', type: 'number', min: 0, max: 0.5, step: 0.01, default: 0.05 },
    { key: 'train.seed', type: 'number', min: 0, max: 2 ** 31 - 1, step: 1, integer: true, default: 1 },
    { key: 'train.lr', type: 'number', min: 1e-4, max: 1000, default: 0.03 },
    { key: 'train.batch', type: 'number', min: 1, max: TRAINING_POINTS, step: 1, integer: true, default: 10 },
    { key: 'train.opt', type: 'choice', choices: ['sgd', 'momentum', 'adam'], default: 'sgd' },
    { key: 'train.play', type: 'flag', default: false },
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

/** What a hash says of each of `properties`, read one by one (absent or malformed: the default). */
export function readProperties(hash, properties) {
  const state = defaultState(properties);
  if (typeof hash !== 'string' || hash.length > MAX_HASH_LENGTH) return state;
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  for (const p of properties) {
    const text = params.get(p.key);
    if (text === null) continue;
    const value = parsers[p.type](text, p);
    if (value !== undefined) state[p.key] = value;
  }
  return state;
}

/** The state a hash describes ('#fn=relu&t=2'), every property present, and consistent. */
export function parseHash(hash, properties) {
  const state = readProperties(hash, properties);
  const fallback = defaultState(properties);
  for (const [low, high] of [['xmin', 'xmax'], ['ymin', 'ymax']]) {
    if (!(state[low] < state[high])) Object.assign(state, { [low]: fallback[low], [high]: fallback[high] });
  }
  state.cmp = state.cmp.filter((id) => id !== state.fn);
  // Words and logits come in pairs: words (or the example's, when none are given) of another
  // number than the logits drop both.
  if ((state.words.length || SAMPLING_EXAMPLE_LOGITS.length) !== state.scores.length) {
    Object.assign(state, { words: fallback.words, scores: fallback.scores });
  }
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

// The hostile URL-hash corpus that tests/e2e/hostile.spec.js loads into the page: generated from the
// state table (web/src/state.js), deterministic (a seeded generator), over 1,000 hashes.
// Each case is { category, label, hash, expect }, where `expect` holds the state values the table's
// own rules give without doubt (a malformed value falls back to its default, a number
// outside its limits is clamped, a duplicated key counts once: the first); cases without a
// clear answer carry none and are checked against the parser and the invariants only.
import { mulberry32 } from '../seeded-random.mjs';

/** Every payload tries to set this global, or to open a dialog; neither may happen. */
export const CANARY = '__pwned';

// HTML and script injection, javascript: and data: URLs, template and quote breakouts.
const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '"><script>__pwned=1</script>',
  "'><img src=x onerror=__pwned=1>",
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload=__pwned=1>',
  '<svg><script>__pwned=1</script></svg>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '<math><mtext><table><mglyph><style><img src=x onerror=__pwned=1>',
  '<a id="pwned" href="javascript:__pwned=1">link</a>',
  '<div id="pwned">injected</div>',
  '<details open ontoggle=__pwned=1>',
  '<input autofocus onfocus=__pwned=1>',
  '<object data="javascript:__pwned=1"></object>',
  '<embed src="javascript:__pwned=1">',
  '<meta http-equiv="refresh" content="0;url=javascript:__pwned=1">',
  '<base href="javascript:/">',
  '<style>*{background:url(javascript:__pwned=1)}</style>',
  '</textarea></title><script>__pwned=1</script>',
  'javascript:__pwned=1',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.domain)',
  ' javascript:alert(1)',
  'data:text/html,<script>__pwned=1</script>',
  'vbscript:msgbox(1)',
  '${__pwned=1}',
  '{{constructor.constructor("__pwned=1")()}}',
  '";__pwned=1;//',
  "';__pwned=1;//",
  '`;__pwned=1;//',
  '%3Cscript%3E__pwned=1%3C/script%3E',
  '&lt;script&gt;__pwned=1&lt;/script&gt;',
  '\\u003cscript\\u003e__pwned=1\\u003c/script\\u003e',
];

// The views whose keys share a prefix, and that prefix.
const VIEW_KEY_PREFIXES = { training: 'train.' };

// Keys that are no property, some of them names every object inherits.
const UNKNOWN_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'FN', 'Fn',
  ' fn', 'fn ', 'fn.', 'fn[]', 'fn.__proto__', 'selu.', '.alpha', 'selu.alpha.x', 'SELU.alpha', 'ｆｎ', 'fn\u200b'];

// Names every object inherits: looked up in a plain object they answer, which must not count.
const INHERITED = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__'];

// Text that is no number at all, or no finite one. (In a hash, + reads as a space.)
const NOT_NUMBERS = ['', ' ', 'abc', 'NaN', 'Infinity', '-Infinity', '1e999', '-1e999', '1e', 'e5', '--1', '-+1', '1..2',
  '1,5', '0x', '0b2', '1_000', 'undefined', 'null', '[]', '{}', 'true', '١٢', '１', '1 2', '¹'];
// The number properties that get every one of them; the others get a rotating few.
const EVERY_NOT_NUMBER = new Set(['t', 'xmin', 'depth', 'selu.alpha']);

// Text around the unicode edges: look-alikes, invisible and direction marks, emoji, a lone
// surrogate, a NUL, a BOM, and both line separators.
const UNICODE = ['rеlu', 'relu\u200b', '\u202erelu', '\u200frelu', '🧨', '𝟏', 'é', 'e\u0301', '\uD800', '%ED%A0%80', '%00',
  'relu%00', '\uFEFF', '\u2028\u2029', '%C0%AE', '%FF%FE', '%E0%A4%A', 'Ω'.repeat(200), '\u0000', '%0A%0D'];

const clamp = (value, p) => Math.min(p.max, Math.max(p.min, value));
// Percent-encoded as a link would carry it (a lone surrogate becomes U+FFFD first).
const encode = (text) => encodeURIComponent(text.toWellFormed());

/** Bad (and a few good) values for one property, each with the state value it must give. */
function valuesFor(p, index) {
  const fallback = p.default;
  const bad = (texts) => texts.map((text) => [text, fallback]);
  switch (p.type) {
    case 'choice': {
      const valid = p.choices.find((c) => c !== p.default) ?? p.choices[0];
      return [
        [valid, valid],
        ...bad(['', ' ', valid.toUpperCase(), `${valid} `, `+${valid}`, `${valid},${valid}`, `${valid}%00`, `${valid}\u200b`,
          'x'.repeat(300), ...INHERITED]),
      ];
    }
    case 'number': {
      const number = (value) => (p.integer ? Math.round(clamp(value, p)) : clamp(value, p));
      const some = NOT_NUMBERS.filter((_, i) => EVERY_NOT_NUMBER.has(p.key) || i % 12 === index % 12);
      return [
        ...bad(some),
        ['1e300', number(1e300)], ['-1e300', number(-1e300)], ['1.7976931348623157e308', number(Number.MAX_VALUE)],
        ['5e-324', number(5e-324)], ['-5e-324', number(-5e-324)], ['1e-400', number(0)], [`${p.max}1`, number(Number(`${p.max}1`))],
        ['2.5', number(2.5)], ['-0', number(-0)],
      ];
    }
    case 'flag':
      return [['1', true], ['0', false], ...bad(['', '2', '-1', 'true', 'false', 'yes', 'on', '1.0', '01', ' 1', '1 ', ...INHERITED])];
    case 'choices': {
      const [a, b] = p.choices;
      // The last two: neither is the default function, which cmp leaves out.
      const [y, z] = p.choices.slice(-2);
      return [
        [`${y},${z}`, [y, z]],
        ...bad([',', ',,', `${a},`, `,${a}`, `${a},${a}`, `${a},nope`, 'nope', `${a};${b}`, `${a} ,${b}`, ...INHERITED]),
        // One more than the most, and one fewer than the fewest.
        ...(p.maxLength < p.choices.length ? bad([p.choices.slice(0, p.maxLength + 1).join(',')]) : []),
        ...(p.minLength > 1 ? bad([p.choices.slice(0, p.minLength - 1).join(',')]) : []),
      ];
    }
    case 'numbers': {
      const many = (n) => Array.from({ length: n }, (_, i) => i).join(',');
      return [
        ['7', [7]], ['1e300,-1e300', [p.max, p.min]], ['5e-324,-0', [5e-324, -0]],
        ...bad(['', ',', '1,', ',1', '1,,2', '1,x', '1,NaN', '1,Infinity', '1;2', '1 2', many(p.maxLength + 1), ...INHERITED]),
      ];
    }
    case 'name':
      // Only refused names: an accepted one would fetch lessons/<name>.json (lessons.spec.js covers those).
      return bad(['', ' ', 'Notebook', 'note book', '../notebook', '..%2Fnotebook', 'a/b', 'a.b', 'notebook%00', 'notebook\u200b',
        'x'.repeat(65), 'é', '%2E%2E']);
    case 'text': {
      const most = p.maxChars;
      return [
        ['The dog', 'The dog'], ['  padded  ', 'padded'], ['<b>bold</b>', '<b>bold</b>'], ['constructor', 'constructor'],
        ['é'.repeat(most), 'é'.repeat(most)], ['🧨'.repeat(most), '🧨'.repeat(most)], ['a\uD800b', 'a\uFFFDb'],
        ...bad(['', 'é'.repeat(most + 1), 'a\u0000b', 'a\u0007b', 'a\u0085b', 'a\u202eb', 'a\u200bb', 'a\u2028b', 'x'.repeat(300)]),
      ];
    }
    case 'texts': {
      // Ten words: as many as the example's logits, which a list of words alone must match.
      const ten = (word = (i) => `w${i}`) => Array.from({ length: 10 }, (_, i) => word(i));
      const withFifth = (text) => ten((i) => (i === 4 ? text : `w${i}`)).join(',');
      const list = (n) => Array.from({ length: n }, (_, i) => `w${i}`);
      return [
        [ten().join(','), ten()], [withFifth('ice cream'), ten((i) => (i === 4 ? 'ice cream' : `w${i}`))], [ten((i) => `é${i}`).join(','), ten((i) => `é${i}`)],
        [withFifth('<img src=x>'), ten((i) => (i === 4 ? '<img src=x>' : `w${i}`))],
        [list(p.minLength).join(','), list(p.minLength)], [list(p.maxLength).join(','), list(p.maxLength)],
        ...bad(['', ',', 'a,', ',a', 'a,,b', list(p.maxLength + 1).join(','), withFifth(''), withFifth('x'.repeat(p.maxChars + 1)),
          withFifth('a\u0000b'), withFifth('a\u202eb'), withFifth('a%zz'), withFifth('100%'), ...INHERITED]),
      ];
    }
    default:
      throw new Error(`no hostile values for type ${p.type}`);
  }
}

/** The hostile cases for a property table (web/src/state.js's stateProperties()). */
export function hostileCases(properties) {
  const byKey = new Map(properties.map((p) => [p.key, p]));
  const defaults = Object.fromEntries(properties.map((p) => [p.key, p.default]));
  const cases = [];
  // The URL parser strips trailing spaces and C0 controls from a link, so a value ending in
  // one arrives without it: such a case keeps no expectation of its own.
  let category;
  const add = (label, hash, expect = {}) => cases.push({ category, label, hash, expect: /[\u0000-\u0020]$/.test(hash) ? {} : expect });

  // A value for one key; xmin/xmax and ymin/ymax must stay ordered, else both fall back.
  const single = (key, value) => {
    const expect = { [key]: value };
    for (const [low, high] of [['xmin', 'xmax'], ['ymin', 'ymax']]) {
      if (key !== low && key !== high) continue;
      const pair = { [low]: defaults[low], [high]: defaults[high], ...expect };
      if (!(pair[low] < pair[high])) Object.assign(expect, { [low]: defaults[low], [high]: defaults[high] });
    }
    // Words pair with the logits (no words: the example's, one per default logit); words and
    // logits of different numbers both fall back.
    if (key === 'words' || key === 'scores') {
      const pair = { words: defaults.words, scores: defaults.scores, ...expect };
      if ((pair.words.length || defaults.scores.length) !== pair.scores.length) Object.assign(expect, { words: defaults.words, scores: defaults.scores });
    }
    return expect;
  };
  // An encoded payload arrives whole: as printable text, a text property keeps it, trimmed,
  // when it is short enough.
  const payloadValue = (p, payload) => (p.type === 'text' && payload.trim() && [...payload.trim()].length <= p.maxChars ? payload.trim() : p.default);

  // 1. Every property of the table with values of the wrong shape, outside its limits, or
  //    named like something every object inherits; both as typed and percent-encoded.
  category = 'bad value for a property';
  properties.forEach((p, index) => {
    for (const [text, value] of valuesFor(p, index)) {
      add(`${p.key}=${JSON.stringify(text)}`, `#${p.key}=${text}`, single(p.key, value));
      if (encode(text) !== text) add(`${p.key}=encoded ${JSON.stringify(text)}`, `#${p.key}=${encode(text)}`, single(p.key, value));
      // A property of one view also with that view shown, so that its controls read it.
      if (p.view) add(`view=${p.view}&${p.key}=${JSON.stringify(text)}`, `#view=${p.view}&${p.key}=${text}`, { view: p.view, ...single(p.key, value) });
    }
  });

  // 2. Injection: each payload as the whole hash, and as the value of four properties in turn,
  //    raw (its & = # reshape the hash) and percent-encoded (it arrives whole).
  category = 'HTML, script or javascript: injection';
  PAYLOADS.forEach((payload, i) => {
    add(`whole hash ${payload}`, `#${payload}`);
    add(`whole hash encoded ${payload}`, `#${encode(payload)}`);
    for (let j = 0; j < 4; j += 1) {
      const p = properties[(i * 4 + j) % properties.length];
      add(`${p.key}=${payload}`, `#${p.key}=${payload}`);
      add(`${p.key}=encoded ${payload}`, `#${p.key}=${encode(payload)}`, single(p.key, payloadValue(p, payload)));
    }
  });

  // 3. Unicode in values and keys.
  category = 'unicode';
  for (const text of UNICODE) {
    for (const key of ['fn', 't', 'hide']) add(`${key}=${JSON.stringify(text)}`, `#${key}=${text}`, single(key, defaults[key]));
    add(`key ${JSON.stringify(text)}`, `#${text}=relu&${text}`);
  }

  // 4. Unknown keys, alone and beside a valid one; keys and separators without values.
  category = 'unknown keys and malformed structure';
  for (const key of UNKNOWN_KEYS) {
    add(`unknown key ${JSON.stringify(key)}`, `#${key}=relu`, { fn: 'sigmoid' });
    add(`unknown key ${JSON.stringify(key)} beside fn`, `#${key}=1&fn=tanh&${key}`, { fn: 'tanh' });
  }
  // URLSearchParams drops one leading "?": this is fn=relu, as a link with ?fn=relu would be.
  add('leading question mark', '#?fn=relu', { fn: 'relu' });
  for (const hash of ['#', '#&', '#&&&&', '#=', '#==', '#=&=', '#fn', '#fn=', '#&fn', '#fn&t', '#;', '#%', '#%%', '#%2', '#%zz=1',
    '##fn=relu', '#??fn=relu', '#fn=relu#t=2', '#fn==relu', '#fn=relu=', '#fn=re&lu', '#fn=%72elu']) {
    add(`structure ${hash}`, hash);
  }

  // 5. Duplicated keys: the first occurrence counts, valid or not.
  category = 'duplicated keys';
  add('duplicate: first valid', '#fn=relu&fn=tanh', { fn: 'relu' });
  add('duplicate: first malformed', '#fn=%3Cscript%3E&fn=relu', { fn: 'sigmoid' });
  add('duplicate: temperature', '#t=2&t=3&t=abc', { t: 2 });
  add('duplicate: 400 times', `#${'fn=relu&'.repeat(400)}`, { fn: 'relu' });
  const first = properties.map((p, index) => `${p.key}=${encode(valuesFor(p, index)[0][0])}`);
  add('duplicate: every key twice', `#${first.join('&')}&${properties.map((p) => `${p.key}=x`).join('&')}`);

  // 6. Length: a hash of exactly MAX_HASH_LENGTH (4096) characters is read, one more is not;
  //    100 KB hashes of every shape fall back to the defaults as a whole.
  category = 'length, up to 100 KB';
  const padded = (length) => `#fn=relu&pad=${'a'.repeat(length - '#fn=relu&pad='.length)}`;
  add('exactly 4096 characters', padded(4096), { fn: 'relu' });
  add('4097 characters', padded(4097), { fn: 'sigmoid' });
  const allDefault = { fn: 'sigmoid', t: defaults.t, logits: defaults.logits };
  for (const [label, hash] of [
    ['100 KB value', `#fn=${'x'.repeat(100_000)}`],
    ['100 KB after a valid key', `#fn=relu&t=2&pad=${'x'.repeat(100_000)}`],
    ['100 KB of separators', `#fn=relu${'&'.repeat(100_000)}`],
    ['100 KB of pairs', `#fn=relu&${'a=b&'.repeat(25_000)}`],
    ['100 KB of script', `#fn=${'<script>__pwned=1</script>'.repeat(4000)}`],
    ['100 KB number', `#t=${'9'.repeat(100_000)}`],
    ['100 KB of logits', `#logits=${'1,'.repeat(50_000)}1`],
    ['100 KB of unicode', `#fn=${'🧨'.repeat(25_000)}`],
  ]) {
    add(label, hash, allDefault);
  }

  // 7. Seeded random mixtures of everything above: 1 to 6 fragments, joined by & (or worse).
  category = 'random mixture';
  const random = mulberry32(7);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const fragments = [
    ...properties.flatMap((p, index) => valuesFor(p, index).map(([text]) => `${p.key}=${text}`)),
    ...PAYLOADS.map((payload) => `${pick(properties).key}=${payload}`),
    ...UNKNOWN_KEYS.map((key) => `${key}=1`),
    ...UNICODE,
  ];
  for (let i = 0; i < 100; i += 1) {
    const count = 1 + Math.floor(random() * 6);
    const parts = Array.from({ length: count }, () => (random() < 0.8 ? pick(fragments) : encode(pick(fragments))));
    add(`mixture ${i}`, `#${parts.join(pick(['&', '&', '&', '&&', ';', '#']))}`);
  }

  // 8. A view's own keys with that view shown (the rest of the corpus mostly shows the first
  //    view, where they are parsed but not displayed).
  category = 'a view’s own keys, the view shown';
  properties.forEach((p, index) => {
    const view = Object.keys(VIEW_KEY_PREFIXES).find((name) => p.key.startsWith(VIEW_KEY_PREFIXES[name]));
    if (!view) return;
    for (const [text, value] of valuesFor(p, index)) {
      add(`view=${view}&${p.key}=${JSON.stringify(text)}`, `#view=${view}&${p.key}=${encode(text)}`, { view, ...single(p.key, value) });
    }
  });

  for (const c of cases) {
    for (const key of Object.keys(c.expect)) {
      if (!byKey.has(key)) throw new Error(`case ${c.label} expects an unknown key ${key}`);
    }
  }
  return cases;
}

// Malformed and hostile lesson files, for tests/e2e/lessons.spec.js (served in place of lessons/<id>.json)
// and tests/js/lessons.test.mjs (against the parser and the JSON Schema). Each case is
// { label, body, valid }: `body` is the file's text; `valid` says whether the lesson must load
// (a well-formed lesson whose texts carry markup loads, and shows that markup as text).

/** Every payload tries to set this global; it must stay unset. */
export const LESSON_CANARY = '__lessonPwned';

const markup = [
  `<img src=x onerror="window.${LESSON_CANARY}=1">`,
  `<script>window.${LESSON_CANARY}=1</script>`,
  `"><svg onload=window.${LESSON_CANARY}=1>`,
  `<a href="javascript:window.${LESSON_CANARY}=1">click</a>`,
  `<iframe srcdoc="<script>parent.${LESSON_CANARY}=1</script>"></iframe>`,
  `{{constructor.constructor('window.${LESSON_CANARY}=1')()}}`,
  `\${window.${LESSON_CANARY}=1}`,
];

const step = (overrides = {}) => ({ view: '#fn=relu', question: { en: 'Why?', pt: 'Por quê?' }, ...overrides });
const lesson = (overrides = {}) => ({ title: { en: 'A lesson', pt: 'Uma aula' }, steps: [step()], ...overrides });
const json = (value) => JSON.stringify(value);

export function hostileLessons() {
  const cases = [];
  const add = (label, body, valid = false) => cases.push({ label, body, valid });

  // Not JSON at all.
  for (const [label, body] of [
    ['empty', ''],
    ['text', 'this is not a lesson'],
    ['truncated', '{"title": {"en": "x"}, "steps": ['],
    ['html', `<!doctype html><script>window.${LESSON_CANARY}=1</script>`],
    ['trailing comma', '{"title": {"en": "x"}, "steps": [],}'],
    ['single quotes', "{'title': {'en': 'x'}}"],
    ['NaN', '{"title": {"en": "x"}, "steps": NaN}'],
  ]) add(`not JSON: ${label}`, body);
  // Editors on Windows write one; fetch's UTF-8 decoding drops it, so the lesson loads.
  add('a byte order mark', `\uFEFF${json(lesson())}`, true);
  add('larger than the limit', json(lesson({ title: { en: 'x'.repeat(300 * 1024) } })));

  // The wrong shape at the top.
  for (const [label, value] of [['null', null], ['a number', 42], ['a string', 'lesson'], ['an array', [lesson()]], ['true', true], ['an empty object', {}]]) {
    add(`top level: ${label}`, json(value));
  }
  add('no steps', json({ title: { en: 'x' } }));
  add('no title', json({ steps: [step()] }));
  add('an unknown field', json(lesson({ script: 'x' })));
  add('a __proto__ field', `{"__proto__": {"polluted": 1}, "title": {"en": "x"}, "steps": [{"view": "#", "question": {"en": "q"}}]}`);
  add('a constructor field', json(lesson({ constructor: { prototype: { polluted: 1 } } })));

  // Titles and texts.
  for (const [label, title] of [
    ['a string', 'A lesson'],
    ['a number', 5],
    ['an array', ['A lesson']],
    ['no English', { pt: 'Uma aula' }],
    ['an unknown language', { en: 'x', fr: 'y' }],
    ['an empty text', { en: '' }],
    ['blank text', { en: '   ' }],
    ['too long', { en: 'x'.repeat(201) }],
    ['a number as text', { en: 7 }],
    ['null text', { en: null }],
    ['an object as text', { en: { html: '<b>x</b>' } }],
  ]) add(`title: ${label}`, json(lesson({ title })));

  // Steps.
  for (const [label, steps] of [
    ['not a list', { 0: step() }],
    ['an empty list', []],
    ['101 steps', Array.from({ length: 101 }, () => step())],
    ['a step that is a string', ['#fn=relu']],
    ['a step that is null', [null]],
    ['a step without a view', [{ question: { en: 'q' } }]],
    ['a view without #', [step({ view: 'fn=relu' })]],
    ['a javascript: view', [step({ view: `javascript:window.${LESSON_CANARY}=1` })]],
    ['a view that is a number', [step({ view: 5 })]],
    ['a view too long', [step({ view: `#${'x'.repeat(5000)}` })]],
    ['a step without a question', [{ view: '#fn=relu' }]],
    ['a question that is a string', [step({ question: 'Why?' })]],
    ['a question with no English', [step({ question: { pt: 'Por quê?' } })]],
    ['a question too long', [step({ question: { en: 'q'.repeat(2001) } })]],
    ['an answer that is a string', [step({ answer: 'Because.' })]],
    ['an answer in an unknown language', [step({ answer: { en: 'a', de: 'b' } })]],
    ['an unknown field in a step', [step({ onclick: `window.${LESSON_CANARY}=1` })]],
    ['a good step, then a bad one', [step(), step({ view: 42 })]],
  ]) add(`steps: ${label}`, json(lesson({ steps })));

  // Well formed, with markup in every text: it loads, and the markup shows as text.
  markup.forEach((payload, i) => {
    add(`markup shown as text ${i + 1}`, json(lesson({ title: { en: payload, pt: payload }, steps: [step({ question: { en: payload }, answer: { en: payload, pt: payload } })] })), true);
  });
  // A hostile view is only a hash: the state table reads what it can and drops the rest.
  add('a hostile view hash', json(lesson({ steps: [step({ view: `#fn=${encodeURIComponent(markup[0])}&lang=javascript:alert(1)&t=1e999` })] })), true);
  return cases;
}

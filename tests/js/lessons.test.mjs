// Lesson files: the course notebook's lesson, the parser against the published JSON Schema on
// every hostile case, and loading (ids, HTTP errors, sizes).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';

import Ajv from 'ajv/dist/2020.js';

import { LARGEST_LESSON, LessonError, loadLesson, parseLesson } from '../../web/src/lessons/lesson.js';
import { parseHash, stateProperties } from '../../web/src/state.js';
import { hostileLessons } from '../hostile/lessons.js';
import { act } from './support.mjs';

const LANGUAGES = ['en', 'pt'];
const read = (name) => fs.readFileSync(new URL(`../../web/public/lessons/${name}`, import.meta.url), 'utf8');
const schema = JSON.parse(read('lesson.schema.json'));
const validate = new Ajv({ allErrors: true }).compile(schema);

// A file's text as the page reads it: fetch's UTF-8 decoding drops a leading byte order mark.
const decoded = (body) => new TextDecoder().decode(new TextEncoder().encode(body));

// What the parser makes of a file's text: a lesson, or the LessonError's problem.
function parse(body) {
  let json;
  try {
    json = JSON.parse(decoded(body));
  } catch {
    return { valid: false, problem: 'json' };
  }
  if (body.length > LARGEST_LESSON) return { valid: false, problem: 'large' };
  try {
    return { valid: true, lesson: parseLesson(json, LANGUAGES) };
  } catch (error) {
    assert.ok(error instanceof LessonError, `${error}`);
    return { valid: false, problem: error.problem };
  }
}

test('the course notebook’s lesson follows the schema, in both languages, and every step’s view is a view', () => {
  const text = read('notebook.json');
  assert.equal(validate(JSON.parse(text)), true, JSON.stringify(validate.errors));
  const { lesson } = parse(text);
  assert.equal(lesson.steps.length, 9);
  const properties = stateProperties(act.catalog(), LANGUAGES);
  for (const [i, step] of lesson.steps.entries()) {
    for (const lang of LANGUAGES) {
      assert.ok(step.question[lang].length > 20, `step ${i + 1} has its ${lang} question`);
      assert.ok(step.answer[lang].length > 20, `step ${i + 1} has its ${lang} answer`);
    }
    assert.notEqual(step.question.pt, step.question.en, `step ${i + 1} is translated`);
    // Every key of the saved view is a property and reads as written: none is dropped as malformed.
    const state = parseHash(step.view, properties);
    for (const [key, text] of new URLSearchParams(step.view.slice(1))) {
      const property = properties.find((p) => p.key === key);
      assert.ok(property, `step ${i + 1}: ${key} is a property`);
      const written = { number: Number(text), flag: text === '1', numbers: text.split(',').map(Number), choices: text.split(',') }[property.type] ?? text;
      assert.deepEqual(state[key], written, `step ${i + 1}: ${key}=${text}`);
    }
  }
});

test(`over 50 hostile lesson files: the parser and the JSON Schema agree on each, and say what is wrong`, () => {
  const cases = hostileLessons();
  assert.ok(cases.length >= 50, `${cases.length} cases`);
  for (const { label, body, valid } of cases) {
    const parsed = parse(body);
    assert.equal(parsed.valid, valid, `${label}: ${parsed.problem ?? 'loaded'}`);
    let json;
    try {
      json = JSON.parse(decoded(body));
    } catch {
      continue; // not JSON: nothing for the schema to judge
    }
    assert.equal(validate(json), valid, `${label}: the schema says ${validate(json)}`);
  }
});

test('a missing language falls back to English; texts stay the strings they were', () => {
  const { lesson } = parse(JSON.stringify({ title: { en: '<b>T</b>' }, steps: [{ view: '#', question: { en: 'q' } }] }));
  assert.equal(lesson.title.pt, '<b>T</b>');
  assert.equal(lesson.steps[0].answer, null);
  assert.ok(Object.isFrozen(lesson) && Object.isFrozen(lesson.steps[0]));
});

test('loading: a bad id, a failed request, an HTTP error, a file too large', async () => {
  const problem = (promise) => promise.then(() => 'loaded', (error) => error.problem);
  const respond = (status, text) => async () => ({ ok: status === 200, status, text: async () => text });
  assert.equal(await problem(loadLesson(respond(200, '{}'), '../secrets', LANGUAGES)), 'id');
  assert.equal(await problem(loadLesson(respond(200, '{}'), 'Notebook', LANGUAGES)), 'id');
  assert.equal(await problem(loadLesson(async () => Promise.reject(new TypeError('offline')), 'notebook', LANGUAGES)), 'unreachable');
  assert.equal(await problem(loadLesson(respond(404, 'Not found'), 'notebook', LANGUAGES)), 'missing');
  assert.equal(await problem(loadLesson(respond(200, ' '.repeat(LARGEST_LESSON + 1)), 'notebook', LANGUAGES)), 'large');
  let asked;
  const fetch = async (url) => {
    asked = url;
    return { ok: true, status: 200, text: async () => read('notebook.json') };
  };
  assert.equal(await problem(loadLesson(fetch, 'notebook', LANGUAGES)), 'loaded');
  assert.equal(asked, 'lessons/notebook.json');
});

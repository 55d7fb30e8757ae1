// Lessons a teacher steps through: a title and steps, each a saved view of the explorer with a
// one-line question and an answer to reveal, in each language. A lesson is a JSON file beside
// the site, lessons/<id>.json (lessons/lesson.schema.json describes it). Whatever is wrong with
// one is a LessonError with a `problem` code and the `where` it was found, which the page words
// in its language; every text goes into the page as text.
import { LESSON_ID, MAX_HASH_LENGTH, MOST_STEPS } from '../state.js';

const LONGEST_TITLE = 200;
const LONGEST_TEXT = 2000;
/** Larger files are refused unread: a lesson is a few kilobytes. */
export const LARGEST_LESSON = 256 * 1024;

/**
 * problem: 'id' (not a lesson id), 'unreachable' (the request failed), 'missing' (HTTP error),
 * 'large', 'json' (not JSON), or what a field should be: 'lesson', 'texts', 'text', 'language',
 * 'english', 'steps', 'step', 'view', 'field' (unknown). where: the field, e.g. steps[2].question.
 */
export class LessonError extends Error {
  constructor(problem, where = '', detail = '') {
    super(`${problem}${where ? ` at ${where}` : ''}${detail ? `: ${detail}` : ''}`);
    this.name = 'LessonError';
    this.problem = problem;
    this.where = where;
    this.detail = detail;
  }
}

const isPlainObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
// Field names from the file go into messages shortened, and only as text.
const fieldName = (key) => key.slice(0, 40);

function onlyKeys(value, allowed, path) {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) throw new LessonError('field', path ? `${path}.${fieldName(key)}` : fieldName(key));
  }
}

// { "en": "…", "pt": "…" }: English required; a missing language falls back to English.
function texts(value, path, longest, languages) {
  if (!isPlainObject(value)) throw new LessonError('texts', path);
  for (const key of Object.keys(value)) {
    if (!languages.includes(key)) throw new LessonError('language', `${path}.${fieldName(key)}`);
    const text = value[key];
    if (typeof text !== 'string' || text.trim() === '' || text.length > longest) throw new LessonError('text', `${path}.${key}`, String(longest));
  }
  if (!Object.hasOwn(value, 'en')) throw new LessonError('english', path);
  return Object.freeze(Object.fromEntries(languages.map((lang) => [lang, Object.hasOwn(value, lang) ? value[lang] : value.en])));
}

function step(value, index, languages) {
  const path = `steps[${index}]`;
  if (!isPlainObject(value)) throw new LessonError('step', path);
  onlyKeys(value, ['view', 'question', 'answer'], path);
  if (typeof value.view !== 'string' || !value.view.startsWith('#') || value.view.length > MAX_HASH_LENGTH) {
    throw new LessonError('view', `${path}.view`);
  }
  return Object.freeze({
    view: value.view,
    question: texts(value.question, `${path}.question`, LONGEST_TEXT, languages),
    answer: value.answer === undefined ? null : texts(value.answer, `${path}.answer`, LONGEST_TEXT, languages),
  });
}

/** A lesson from its parsed JSON, checked field by field: { title, steps }; throws a LessonError. */
export function parseLesson(json, languages) {
  if (!isPlainObject(json)) throw new LessonError('lesson');
  onlyKeys(json, ['$schema', 'title', 'steps'], '');
  const title = texts(json.title, 'title', LONGEST_TITLE, languages);
  if (!Array.isArray(json.steps) || json.steps.length === 0 || json.steps.length > MOST_STEPS) throw new LessonError('steps', 'steps', String(MOST_STEPS));
  return Object.freeze({ title, steps: Object.freeze(json.steps.map((value, index) => step(value, index, languages))) });
}

/** Fetches and checks lessons/<id>.json, relative to the page; throws a LessonError. */
export async function loadLesson(fetch, id, languages) {
  if (!LESSON_ID.test(id)) throw new LessonError('id');
  let response;
  try {
    response = await fetch(`lessons/${id}.json`, { credentials: 'same-origin' });
  } catch (error) {
    throw new LessonError('unreachable', '', error.message);
  }
  if (!response.ok) throw new LessonError('missing', '', String(response.status));
  const text = await response.text();
  if (text.length > LARGEST_LESSON) throw new LessonError('large', '', String(LARGEST_LESSON / 1024));
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new LessonError('json', '', error.message);
  }
  return parseLesson(json, languages);
}

// The README is read top to bottom by course authors: a section pasted in twice (as 52f3d99
// once did, an older copy of three sections inside a bullet) reads as two truths.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';

const readme = fs.readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

test("every one of the README's headings appears once", () => {
  const outsideCode = readme.split(/^```.*$/m).filter((_, i) => i % 2 === 0).join('\n');
  const headings = outsideCode.match(/^#{1,6} .+$/gm);
  const repeated = headings.filter((heading, i) => headings.indexOf(heading) !== i);
  assert.ok(headings.length > 10, 'the README has its sections');
  assert.deepEqual(repeated, []);
});

// The "updated" note's memory (web/src/offline.js): news only on the first visit of a version
// other than the one this browser saw last, and never a crash where storage is refused.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { buildVersion, isNewVersion } from '../../web/src/offline.js';

/** A window whose localStorage keeps items in a Map. */
function windowWithStorage(items = new Map()) {
  return { localStorage: { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => items.set(key, String(value)) } };
}

test('a first visit is not news; the first visit of another version is, once', () => {
  const win = windowWithStorage();
  assert.equal(isNewVersion(win, 'a1'), false);
  assert.equal(isNewVersion(win, 'a1'), false);
  assert.equal(isNewVersion(win, 'b2'), true);
  assert.equal(isNewVersion(win, 'b2'), false);
  // Going back to an older copy (a cached one, a mirror) is another version too.
  assert.equal(isNewVersion(win, 'a1'), true);
});

test('a build without a version (the development server, the one-file build) is never news and stores nothing', () => {
  const items = new Map([['activation-explorer.version', 'a1']]);
  const win = windowWithStorage(items);
  for (const version of [null, undefined, '']) assert.equal(isNewVersion(win, version), false);
  assert.equal(items.get('activation-explorer.version'), 'a1');
});

test('storage that throws (a sandboxed frame) or is full is no news, not an error', () => {
  const refused = {
    get localStorage() {
      throw new Error('SecurityError: the document is sandboxed');
    },
  };
  assert.equal(isNewVersion(refused, 'a1'), false);
  const full = windowWithStorage(new Map([['activation-explorer.version', 'a1']]));
  full.localStorage.setItem = () => {
    throw new Error('QuotaExceededError');
  };
  assert.equal(isNewVersion(full, 'b2'), false);
});

test('buildVersion reads index.html’s meta tag', () => {
  const doc = (content) => ({ querySelector: (selector) => (selector === 'meta[name="app-version"]' && content !== undefined ? { content } : null) });
  assert.equal(buildVersion(doc('3f2a')), '3f2a');
  assert.equal(buildVersion(doc('')), null);
  assert.equal(buildVersion(doc(undefined)), null);
});

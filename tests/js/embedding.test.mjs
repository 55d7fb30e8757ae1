import assert from 'node:assert/strict';
import { test } from 'node:test';

import { embedSnippets } from '../../web/src/embedding.js';

const snippets = embedSnippets({
  pageUrl: 'https://school.example/course/explorer/index.html',
  hash: '#fn=selu&selu.alpha=3',
  title: 'Activation explorer: "SELU"',
  element: { fn: 'selu', params: { alpha: 3, scale: 1 }, lang: 'pt' },
});

test('the iframe snippet embeds the current view and loads the resizer from the same folder', () => {
  assert.match(snippets.iframe, /src="https:\/\/school\.example\/course\/explorer\/index\.html#fn=selu&amp;selu\.alpha=3&amp;embed=1"/);
  assert.match(snippets.iframe, /<script src="https:\/\/school\.example\/course\/explorer\/embed-resizer\.js"><\/script>/);
  assert.match(snippets.iframe, /title="Activation explorer: &quot;SELU&quot;"/);
});

test('the element snippet names the function, its parameters and the language', () => {
  assert.match(snippets.element, /src="https:\/\/school\.example\/course\/explorer\/activation-plot\.js"/);
  assert.match(snippets.element, /<activation-plot fn="selu" derivative params="alpha=3; scale=1" lang="pt"><\/activation-plot>/);
});

test('a default view embeds with only the embed flag', () => {
  const plain = embedSnippets({ pageUrl: 'https://a.example/x/', hash: '', title: 't', element: { fn: 'relu', params: {}, lang: 'en' } });
  assert.match(plain.iframe, /src="https:\/\/a\.example\/x\/#embed=1"/);
  assert.match(plain.element, /<activation-plot fn="relu" derivative lang="en">/);
});

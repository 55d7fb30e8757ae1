import assert from 'node:assert/strict';
import { test } from 'node:test';

import { embedSnippets, PLATFORMS } from '../../web/src/embedding.js';

const made = embedSnippets({
  pageUrl: 'https://school.example/course/explorer/index.html',
  hash: '#fn=selu&selu.alpha=3&embed=1',
  title: 'Activation explorer: "SELU"',
  width: 700,
  height: 450,
  placeholder: 'selu_alpha-3_value.png',
  element: { fn: 'selu', params: { alpha: 3, scale: 1 }, lang: 'pt' },
});

test('the iframe snippet embeds the given view at a fixed size, its title escaped', () => {
  assert.match(made.iframe, /src="https:\/\/school\.example\/course\/explorer\/index\.html#fn=selu&amp;selu\.alpha=3&amp;embed=1"/);
  assert.match(made.iframe, / width="700" height="450" /);
  assert.match(made.iframe, /title="Activation explorer: &quot;SELU&quot;"/);
  assert.equal(made.resizer, '<script src="https://school.example/course/explorer/embed-resizer.js"></script>');
});

test('every platform gets a snippet with the frame, sized; only plain HTML adds the resizer script', () => {
  assert.deepEqual(Object.keys(made.snippets).sort(), [...PLATFORMS].sort());
  for (const platform of PLATFORMS.filter((p) => p !== 'myst')) {
    assert.ok(made.snippets[platform].includes(made.iframe), platform);
    assert.equal(made.snippets[platform].includes('<script'), platform === 'html', platform);
  }
  // MyST's directive has no height option; its placeholder is the exported PNG.
  assert.match(made.snippets.myst, /^:::\{iframe\} https:\/\/school\.example\/course\/explorer\/index\.html#fn=selu&selu\.alpha=3&embed=1\n:width: 100%\n:placeholder: selu_alpha-3_value\.png\n/);
  assert.match(made.snippets.quarto, /^```\{=html\}\n<iframe /);
  assert.match(made.snippets.wordpress, /^<!-- wp:html -->\n<iframe [^\n]+\n<!-- \/wp:html -->$/);
});

test('the element snippet names the function, its parameters and the language', () => {
  assert.match(made.element, /src="https:\/\/school\.example\/course\/explorer\/activation-plot\.js"/);
  assert.match(made.element, /<activation-plot fn="selu" derivative params="alpha=3; scale=1" lang="pt"><\/activation-plot>/);
});

test('markup in a title or an address stays text', () => {
  const hostile = embedSnippets({
    pageUrl: 'https://a.example/x/"><script>alert(1)</script>',
    hash: '#embed=1',
    title: '"><img src=x onerror=alert(1)>',
    width: 700,
    height: 450,
    placeholder: 'p.png',
    element: { fn: 'relu', params: {}, lang: 'en' },
  });
  assert.doesNotMatch(hostile.iframe, /<script|<img/);
  assert.match(hostile.element, /<activation-plot fn="relu" derivative lang="en">/);
});

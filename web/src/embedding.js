// The snippets the "Embed this" dialog offers, for a course page to paste. Embedded, the
// explorer reports its height to the host page itself (resize.js).

const attribute = (text) => String(text).replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/**
 * The HTML a course author pastes. pageUrl: the explorer's address without hash; hash: the
 * current view's; title: the iframe's accessible name; element: { fn, params, lang }.
 */
export function embedSnippets({ pageUrl, hash, title, element }) {
  const folder = new URL('.', pageUrl).href;
  const embedHash = `#${[hash.replace(/^#/, ''), 'embed=1'].filter(Boolean).join('&')}`;
  const params = Object.entries(element.params).map(([id, value]) => `${id}=${value}`).join('; ');
  return {
    iframe:
      `<iframe src="${attribute(pageUrl + embedHash)}" title="${attribute(title)}" data-activation-explorer ` +
      `style="width: 100%; border: 0" loading="lazy"></iframe>\n<script src="${attribute(folder)}embed-resizer.js"></script>`,
    element:
      `<script type="module" src="${attribute(folder)}activation-plot.js"></script>\n` +
      `<activation-plot fn="${attribute(element.fn)}" derivative${params ? ` params="${attribute(params)}"` : ''} lang="${attribute(element.lang)}"></activation-plot>`,
  };
}

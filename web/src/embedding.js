// The snippets the "Embed this" dialog offers, for a course page to paste. Embedded, the
// explorer reports its height to the host page itself (resize.js).

const attribute = (text) => String(text).replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** The platforms the embed builder writes a snippet for, each with its own note. */
export const PLATFORMS = ['html', 'moodle', 'canvas', 'myst', 'quarto', 'wordpress'];

/**
 * What a course author pastes. pageUrl: the explorer's address without hash; hash: the view's,
 * with its embed settings (embed=1, hide=...); title: the iframe's accessible name; width and
 * height: CSS pixels, always written, so the frame has its size where a platform strips
 * scripts; placeholder: a PNG's file name, for MyST's static exports; element: { fn, params,
 * lang } for <activation-plot>. Returns { iframe, resizer, element, snippets: { platform: text } }.
 */
export function embedSnippets({ pageUrl, hash, title, width, height, placeholder, element }) {
  const folder = new URL('.', pageUrl).href;
  const src = pageUrl + hash;
  const iframe =
    `<iframe src="${attribute(src)}" width="${width}" height="${height}" title="${attribute(title)}" ` +
    `style="max-width: 100%; border: 0" loading="lazy" allow="fullscreen" data-activation-explorer></iframe>`;
  // Where the page may run scripts: the frame then follows its content's height.
  const resizer = `<script src="${attribute(folder)}embed-resizer.js"></script>`;
  const params = Object.entries(element.params).map(([id, value]) => `${id}=${value}`).join('; ');
  return {
    iframe,
    resizer,
    element:
      `<script type="module" src="${attribute(folder)}activation-plot.js"></script>\n` +
      `<activation-plot fn="${attribute(element.fn)}" derivative${params ? ` params="${attribute(params)}"` : ''} lang="${attribute(element.lang)}"></activation-plot>`,
    snippets: {
      html: `${iframe}\n${resizer}`,
      moodle: iframe,
      canvas: iframe,
      // MyST's iframe directive takes a width, no height; its placeholder shows in PDF and print.
      myst: `:::{iframe} ${src}\n:width: 100%\n:placeholder: ${placeholder}\n${title}\n:::`,
      quarto: `\`\`\`{=html}\n${iframe}\n\`\`\``,
      wordpress: `<!-- wp:html -->\n${iframe}\n<!-- /wp:html -->`,
    },
  };
}

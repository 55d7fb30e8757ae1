// The resize protocols course platforms already run, on host pages that run each platform's
// own listener (hosts/h5p-resizer.js, hosts/canvas-messages.js) and no script of ours: the
// frame fits its content by itself, says nothing but heights, ignores what it should, and
// settles even when its content grows with its own height.
import { expect, HOSTS, test } from './fixtures.js';

// Every message the top window receives, from whom, recorded before the page's own scripts run.
async function recordMessages(page) {
  await page.addInitScript(() => {
    if (window !== window.top) return;
    window.recorded = [];
    window.addEventListener('message', (event) => window.recorded.push({ fromSelf: event.source === window, data: event.data }));
  });
}

const postsOfFrame = (page) => page.evaluate(() => window.recorded.filter((message) => !message.fromSelf).map((message) => message.data));

// What a post is, by its exact shape; anything else is 'unexpected'.
const SHAPES = {
  own: ['height', 'type'],
  canvas: ['height', 'subject'],
  'h5p hello': ['action', 'context'],
  'h5p prepareResize': ['action', 'clientHeight', 'context', 'scrollHeight'],
  'h5p resize': ['action', 'context', 'scrollHeight'],
};
function kindOf(data) {
  if (typeof data !== 'object' || data === null) return 'unexpected';
  const kind =
    data.type === 'activation-explorer:height' ? 'own' : data.subject === 'lti.frameResize' ? 'canvas' : data.context === 'h5p' ? `h5p ${data.action}` : '';
  const heights = Object.entries(data).filter(([key]) => !['type', 'subject', 'context', 'action'].includes(key));
  const shapeFits = JSON.stringify(Object.keys(data).sort()) === JSON.stringify(SHAPES[kind]);
  return shapeFits && heights.every(([, value]) => Number.isInteger(value) && value > 0) ? kind : 'unexpected';
}

function expectOnlyHeights(posts) {
  expect(posts.length).toBeGreaterThan(0);
  for (const data of posts) expect(kindOf(data), JSON.stringify(data)).not.toBe('unexpected');
}

// The frame's height on the host, and its content's (asked of the frame: another origin).
async function frameFit(page) {
  const frame = await page.locator('#explorer').boundingBox();
  const content = await page.frameLocator('#explorer').locator('html').evaluate((html) => ({
    height: html.getBoundingClientRect().height,
    scrolls: html.scrollHeight > html.clientHeight,
  }));
  return { frame: frame.height, content: content.height, scrolls: content.scrolls };
}

// The host has resized the frame to its content (±2 px) and keeps it so: nothing left to scroll.
async function expectFitted(page) {
  await expect.poll(async () => {
    const { frame, content } = await frameFit(page);
    return Math.abs(frame - content);
  }).toBeLessThanOrEqual(2);
  const settled = await frameFit(page);
  await page.waitForTimeout(400);
  const later = await frameFit(page);
  expect(later.frame).toBe(settled.frame);
  expect(later.scrolls).toBe(false);
  expect(later.frame).toBeGreaterThan(400); // from the pasted 150 px
  return later;
}

const frameWindow = (page) => page.frames().find((frame) => frame.url().includes('/course/activations/'));

for (const [host, fn] of [['h5p.html', 'relu'], ['canvas.html', 'sigmoid']]) {
  test(`on ${host}, the platform's own listener fits the frame to its content; the frame says only heights`, async ({ page }) => {
    await recordMessages(page);
    await page.goto(`${HOSTS}/${host}`);
    await expect(page.frameLocator('#explorer').locator('.card').first()).toHaveAttribute('data-id', fn);
    await expectFitted(page);
    const posts = await postsOfFrame(page);
    expectOnlyHeights(posts);
    const kinds = new Set(posts.map(kindOf));
    expect([...kinds].sort()).toEqual(host === 'h5p.html'
      ? ['canvas', 'h5p hello', 'h5p prepareResize', 'h5p resize', 'own']
      : ['canvas', 'h5p hello', 'own']); // Canvas never answers H5P's hello

    // Wider, the content is shorter: the frame follows it down as well.
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.evaluate(() => (document.body.style.maxWidth = '1060px'));
    await expectFitted(page);
  });
}

test('the H5P handshake ignores replies from any window but its parent, and malformed ones', async ({ page }) => {
  await recordMessages(page);
  await page.goto(`${HOSTS}/h5p.html`);
  await expectFitted(page);
  const before = (await postsOfFrame(page)).length;
  const height = (await frameFit(page)).frame;

  // A sibling frame of the host's origin, and the explorer's own window, posing as the host.
  await page.evaluate(() => {
    const sibling = document.createElement('iframe');
    sibling.name = 'sibling';
    document.body.append(sibling);
  });
  const replies = ['hello', 'resizePrepared', 'resize'].map((action) => ({ context: 'h5p', action }));
  await page.frame('sibling').evaluate((messages) => {
    for (const message of messages) parent.document.getElementById('explorer').contentWindow.postMessage(message, '*');
  }, replies);
  await frameWindow(page).evaluate((messages) => messages.forEach((message) => window.postMessage(message, '*')), replies);
  // From the parent, shapes that are not H5P's replies.
  await page.evaluate(() => {
    const explorer = document.getElementById('explorer').contentWindow;
    const malformed = [
      'hello', null, 42, [], ['h5p', 'hello'], {}, { context: 'h5p' }, { context: 'H5P', action: 'hello' },
      { context: 'h5p', action: 'fullScreen' }, { context: 'h5p', action: '__proto__' }, { context: 'h5p', action: 'constructor' },
      { context: 'h5p', action: 'toString' }, { context: 'h5p', action: ['resize'] }, { context: ['h5p'], action: 'resize' },
      { subject: 'lti.frameResize.response', error: { code: 'unsupported_subject' } }, { type: 'activation-explorer:height', height: 9 },
    ];
    for (const message of malformed) explorer.postMessage(message, '*');
  });
  await page.waitForTimeout(500);
  expect(await postsOfFrame(page)).toHaveLength(before);
  expect((await frameFit(page)).frame).toBe(height);

  // The same reply from the parent is answered: the host asked for the height again.
  await page.evaluate(() => document.getElementById('explorer').contentWindow.postMessage({ context: 'h5p', action: 'resize' }, '*'));
  await expect.poll(async () => (await postsOfFrame(page)).slice(before).map(kindOf)).toEqual(['h5p prepareResize']);
});

// Layouts whose height follows the frame's, whatever it is: each applied height asks for 40 px
// more, or 40 px less. (MAX_CHANGES_FOLLOWING_OWN_HEIGHT in resize.js lets 4 through.)
const FOLLOWING_LAYOUTS = {
  grows: { property: 'minHeight', element: 'body', value: 'calc(100vh + 40px)', sign: 1 },
  shrinks: { property: 'height', element: 'documentElement', value: 'calc(100vh - 40px)', sign: -1 },
};
for (const [name, { property, element, value, sign }] of Object.entries(FOLLOWING_LAYOUTS)) {
  test(`a frame whose content ${name} with its own height settles, and follows its content back`, async ({ page }) => {
    await recordMessages(page);
    await page.goto(`${HOSTS}/canvas.html`);
    await expectFitted(page);
    const fitted = (await frameFit(page)).frame;
    const before = (await postsOfFrame(page)).length;
    const style = (css) => frameWindow(page).evaluate(([element, property, css]) => (document[element].style[property] = css), [element, property, css]);
    await style(value);
    let last = 0;
    await expect.poll(async () => {
      const posts = (await postsOfFrame(page)).length;
      const settled = posts === last;
      last = posts;
      return settled;
    }, { intervals: [500] }).toBe(true);
    const moved = (await frameFit(page)).frame;
    expect(sign * (moved - fitted)).toBeGreaterThan(0);
    expect(sign * (moved - fitted)).toBeLessThanOrEqual(40 * 6);
    await page.waitForTimeout(500);
    expect((await frameFit(page)).frame).toBe(moved);
    expect((await postsOfFrame(page)).length - before).toBeLessThanOrEqual(3 * 6);

    await style('');
    const { frame } = await expectFitted(page);
    expect(Math.abs(frame - fitted)).toBeLessThanOrEqual(2);
  });
}

test("the chart-only embed, whose charts fill whatever height the frame has, keeps the snippet's 450 px on every host", async ({ page, baseURL }) => {
  const src = `${baseURL}#fn=gelu&embed=1&hide=pickers,view,parameters,explanation,formula,probe,data,export,depth,softmax`;
  await recordMessages(page);
  for (const host of ['h5p.html', 'canvas.html', 'iframe.html']) { // iframe.html: embed-resizer.js
    await page.goto(`${HOSTS}/${host}`);
    // The teacher's snippet in place of the page's (its platform listener serves every iframe).
    await page.evaluate((src) => {
      const pasted = Object.assign(document.createElement('iframe'), { src, width: 700, height: 450, title: 'Activation explorer: GELU' });
      pasted.dataset.activationExplorer = ''; // as the builder writes it
      pasted.style.border = '0';
      document.getElementById('explorer').replaceWith(pasted);
      pasted.id = 'explorer';
    }, src);
    const before = (await postsOfFrame(page)).length;
    await expect(page.frameLocator('#explorer').locator('#value-chart')).toBeVisible();
    // The skeleton's chart boxes show before the wasm: its first post can take long on a loaded machine.
    await expect.poll(async () => (await postsOfFrame(page)).length, { timeout: 30_000 }).toBeGreaterThan(before);
    await page.waitForTimeout(500);
    const settled = (await postsOfFrame(page)).slice(before);
    await page.waitForTimeout(500);
    expect((await postsOfFrame(page)).slice(before), `${host}: nothing more to say`).toHaveLength(settled.length);
    const { frame, scrolls } = await frameFit(page);
    expect(Math.abs(frame - 450), `${host}: ${frame} px after ${JSON.stringify(settled)}`).toBeLessThanOrEqual(2);
    expect(scrolls, 'nothing to scroll').toBe(false);
  }
});

test('outside embed mode, or not framed, the explorer posts nothing', async ({ page, baseURL }) => {
  await recordMessages(page);
  await page.goto(`${HOSTS}/blank.html`);
  await page.evaluate((src) => {
    const iframe = document.createElement('iframe');
    iframe.id = 'explorer';
    iframe.src = src;
    document.body.append(iframe);
  }, `${baseURL}#fn=tanh`);
  await expect(page.frameLocator('#explorer').locator('.card').first()).toHaveAttribute('data-id', 'tanh');
  await page.waitForTimeout(500);
  expect(await postsOfFrame(page)).toEqual([]);

  await page.goto(`${baseURL}#fn=tanh&embed=1`);
  await expect(page.locator('.card').first()).toHaveAttribute('data-id', 'tanh');
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => window.recorded)).toEqual([]);
});

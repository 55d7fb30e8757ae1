// The embedded explorer's height, told to the page that frames it in each resize protocol a
// course platform may already run, so the frame fits its content with no script of ours on the
// host:
//   ours     { type: 'activation-explorer:height', height }, applied by public/embed-resizer.js;
//   Canvas   { subject: 'lti.frameResize', height }: "Using window.postMessage in LTI Tools",
//            developerdocs.instructure.com/services/canvas/external-tools/lti/file.lti_window_post_message
//            (the host side: instructure/canvas-lms ui/shared/lti/jquery/subjects/lti.frameResize.ts);
//   H5P      the handshake of h5p-resizer.js, which Moodle and WordPress load on pages with H5P
//            content (h5p/h5p-php-library js/h5p-resizer.js; the frame side we follow is H5P.init's
//            external embed and H5P.communicator in js/h5p.js): 'hello' until the host answers
//            'hello', then 'prepareResize' { scrollHeight, clientHeight } whenever the height
//            changes or the host asks ('resize'), and 'resize' { scrollHeight } once the host
//            replies 'resizePrepared'.
// Every message goes to the parent alone and carries nothing but heights (CSS pixels). The only
// messages acted on are those three H5P replies, and only from the parent.

const HEIGHT_MESSAGE = 'activation-explorer:height';

// A layout whose height follows its frame's (vh units, a min-height of 100%, or one a few
// pixels short of its frame) would grow or shrink without end, one report at a time. A change
// that only follows the host applying our last report is passed on this many times in a row
// (a clamp()ed layout settles in two or three), then held until the height changes another way.
const MAX_CHANGES_FOLLOWING_OWN_HEIGHT = 4;

/**
 * Tells the parent window the document's height now and whenever it changes (embed mode only).
 * fillsFrame(): whether the layout fills its frame by design (a chart-only embed): its height
 * then follows the frame's, so it asks only for room its content lacks, never for less.
 */
export function reportHeight(win, fillsFrame = () => false) {
  if (win.parent === win) return; // not framed: nobody to tell
  const post = (message) => win.parent.postMessage(message, '*');
  let current = 0;
  const h5p = h5pFrame(post, () => current);
  followHeight(win, fillsFrame, (height) => {
    current = height;
    post({ type: HEIGHT_MESSAGE, height });
    post({ subject: 'lti.frameResize', height });
    h5p.heightChanged();
  });
  win.addEventListener('message', (event) => {
    if (event.source === win.parent) h5p.receive(event.data);
  });
}

// Calls report(height) with the document's height, now and on every change: the root's own box,
// which shrinks with its content; where the layout fills its frame, the root's scrollHeight,
// which never falls below the frame's height.
function followHeight(win, fillsFrame, report) {
  const root = win.document.documentElement;
  let reported = 0;
  let lastFrame = -1; // the frame's height at the last check
  let followingChanges = 0;
  let held = null; // a height not passed on, while it lasts
  const check = () => {
    const height = Math.ceil(fillsFrame() ? root.scrollHeight : root.getBoundingClientRect().height);
    const frame = root.clientHeight;
    const frameTookOurHeight = frame !== lastFrame && Math.abs(frame - reported) <= 1;
    lastFrame = frame;
    if (height === held) return;
    held = null;
    if (height === reported) {
      if (frameTookOurHeight) followingChanges = 0; // settled
      return;
    }
    followingChanges = frameTookOurHeight ? followingChanges + 1 : 0;
    if (followingChanges > MAX_CHANGES_FOLLOWING_OWN_HEIGHT) {
      held = height;
      return;
    }
    reported = height;
    report(height);
  };
  new win.ResizeObserver(check).observe(root); // the content changed
  win.addEventListener('resize', check); // the host changed the frame
  check();
}

// The frame's side of H5P's resizer.
function h5pFrame(post, currentHeight) {
  let hostAnswered = false;
  const send = (action, heights) => post({ context: 'h5p', action, ...heights });
  const heightChanged = () => {
    if (!hostAnswered) return send('hello');
    // The host sets the frame to clientHeight, then to scrollHeight: both are our height.
    const height = currentHeight();
    send('prepareResize', { scrollHeight: height, clientHeight: height });
  };
  const replies = new Map([
    [
      'hello',
      () => {
        hostAnswered = true;
        heightChanged();
      },
    ],
    ['resizePrepared', () => send('resize', { scrollHeight: currentHeight() })],
    ['resize', heightChanged], // the host's window was resized
  ]);
  return {
    heightChanged,
    receive(data) {
      if (typeof data !== 'object' || data === null || data.context !== 'h5p' || typeof data.action !== 'string') return;
      replies.get(data.action)?.();
    },
  };
}

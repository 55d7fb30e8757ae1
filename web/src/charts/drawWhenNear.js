// A chart is first drawn once it has something to draw and its canvas is near the viewport, in
// a task of its own. Drawing one keeps a phone's main thread busy for tens of milliseconds and a
// view has two to twelve, most of them below the fold: one task each leaves room for a tap
// between them, and charts out of sight wait until scrolled to (or printed, or exported).

// Near: a quarter of the viewport's height above or below it. A scroll finds them drawn, and a
// phone draws only the one or two it shows.
const NEAR_VIEWPORT = '25% 0px';

/**
 * Runs `drawFirst(atOnce)` once: in a task of its own once `request()` was called and `canvas`
 * is near the viewport (atOnce false: it may finish in later tasks); before printing, or when
 * `now()` asks (atOnce true: an export or a print cannot wait).
 */
export function drawWhenNear(canvas, drawFirst) {
  const win = canvas.ownerDocument.defaultView;
  let drawn = false;
  let timer = null;
  let wanted = false;
  let near = false;
  const draw = (atOnce) => {
    cancel();
    drawn = true;
    drawFirst(atOnce);
  };
  const drawWhenDue = () => {
    if (wanted && near && !drawn) timer ??= win.setTimeout(() => draw(false), 0);
  };
  const observer = new win.IntersectionObserver(
    (entries) => {
      near = entries.at(-1).isIntersecting;
      drawWhenDue();
    },
    { rootMargin: NEAR_VIEWPORT },
  );
  const drawForPrint = () => wanted && draw(true);
  function cancel() {
    win.clearTimeout(timer);
    timer = null;
    observer.disconnect();
    win.removeEventListener('beforeprint', drawForPrint);
  }
  observer.observe(canvas);
  win.addEventListener('beforeprint', drawForPrint);
  return {
    /** Whether `drawFirst` has run. */
    get drawn() {
      return drawn;
    },
    /** There is something to draw: draw it once due. */
    request() {
      wanted = true;
      drawWhenDue();
    },
    /** Draws now if there is something to draw and it was not drawn. */
    now() {
      if (wanted && !drawn) draw(true);
    },
    /** Stops waiting: it will not draw. */
    cancel,
  };
}

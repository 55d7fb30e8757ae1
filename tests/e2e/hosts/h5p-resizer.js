// The host side of H5P's iframe resizer, as h5p-resizer.js runs it on Moodle and WordPress pages
// with H5P content (h5p/h5p-php-library js/h5p-resizer.js), written again from that source for
// the end-to-end suite: nothing of the explorer's. It answers any iframe on the page whose
// messages say context 'h5p':
//   hello          -> the frame gets width 100%, a 'resize' on every window resize, and 'hello'
//   prepareResize  -> unless the frame already fits, height = clientHeight, and 'resizePrepared'
//   resize         -> height = scrollHeight
// and, once loaded, tells frames whose address contains "h5p" that it is 'ready'.
(function () {
  'use strict';
  if (window.h5pResizerInitialized) return;
  window.h5pResizerInitialized = true;

  var handlers = {
    hello: function (iframe, data, respond) {
      iframe.style.width = '100%';
      iframe.getBoundingClientRect(); // H5P's fix: lay the new width out before the frame measures
      var onResize = function () {
        if (iframe.contentWindow) respond('resize');
        else window.removeEventListener('resize', onResize);
      };
      window.addEventListener('resize', onResize, false);
      respond('hello');
    },
    prepareResize: function (iframe, data, respond) {
      if (iframe.clientHeight !== data.scrollHeight || data.scrollHeight !== data.clientHeight) {
        iframe.style.height = data.clientHeight + 'px';
        respond('resizePrepared');
      }
    },
    resize: function (iframe, data) {
      iframe.style.height = data.scrollHeight + 'px';
    },
  };

  window.addEventListener('message', function (event) {
    if (event.data.context !== 'h5p') return;
    var iframes = document.getElementsByTagName('iframe');
    var iframe;
    for (var i = 0; i < iframes.length && !iframe; i += 1) {
      if (iframes[i].contentWindow === event.source) iframe = iframes[i];
    }
    if (!iframe || !handlers[event.data.action]) return;
    handlers[event.data.action](iframe, event.data, function (action, reply) {
      reply = reply || {};
      reply.action = action;
      reply.context = 'h5p';
      event.source.postMessage(reply, event.origin);
    });
  }, false);

  var frames = document.getElementsByTagName('iframe');
  for (var j = 0; j < frames.length; j += 1) {
    if (frames[j].src.indexOf('h5p') !== -1) frames[j].contentWindow.postMessage({ context: 'h5p', action: 'ready' }, '*');
  }
})();

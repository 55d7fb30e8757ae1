// Fits every <iframe data-activation-explorer> on this page to the height its explorer
// reports. Include once, anywhere in the page:
//   <script src="https://your.host/explorer/embed-resizer.js"></script>
// Only the documented message is acted on, and only from one of those iframes:
//   { type: 'activation-explorer:height', height: <CSS pixels> }
(function () {
  'use strict';
  var MIN_HEIGHT = 120;
  var MAX_HEIGHT = 20000;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'activation-explorer:height' || typeof data.height !== 'number' || !isFinite(data.height)) return;
    var frames = document.querySelectorAll('iframe[data-activation-explorer]');
    for (var i = 0; i < frames.length; i += 1) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.round(data.height))) + 'px';
      }
    }
  });
})();

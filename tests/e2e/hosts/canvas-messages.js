// The part of Canvas's postMessage listener a framed page meets when a teacher pastes an iframe
// into a Canvas page (instructure/canvas-lms ui/shared/lti/jquery/messages.ts, its
// subjects/lti.frameResize.ts and response_messages.ts; documented in "Using window.postMessage
// in LTI Tools", developerdocs.instructure.com), written again for the end-to-end suite: nothing
// of the explorer's. A message is an object or its JSON; it names its subject (or messageType).
//   lti.frameResize { height }  -> the iframe whose window sent it gets that height (at least 1 px)
//   any other subject            -> an 'unsupported_subject' error response
// and every handled message is answered with { subject: '<subject>.response' }. (Canvas's LTI
// launch wrapper, with its 450 px minimum, is not on such a page.)
(function () {
  'use strict';
  var SUPPORTED = ['lti.frameResize'];

  function respond(event, subject, contents) {
    var message = { subject: subject + '.response' };
    for (var key in contents) message[key] = contents[key];
    event.source.postMessage(message, event.origin);
  }

  function frameOf(source) {
    var iframes = document.getElementsByTagName('iframe');
    for (var i = 0; i < iframes.length; i += 1) if (iframes[i].contentWindow === source) return iframes[i];
    return null;
  }

  window.addEventListener('message', function (event) {
    if (event.data === '') return;
    var message = event.data;
    if (typeof message === 'string') {
      try {
        message = JSON.parse(message);
      } catch (error) {
        return;
      }
    }
    if (typeof message !== 'object' || message === null) return;
    var subject = message.subject || message.messageType;
    if (subject === undefined || (typeof subject === 'string' && /\.response$/.test(subject))) return;
    if (SUPPORTED.indexOf(subject) === -1) return respond(event, subject, { error: { code: 'unsupported_subject' } });
    var height = Number(message.height) <= 0 ? 1 : message.height;
    var iframe = frameOf(event.source);
    if (iframe) {
      var size = typeof height === 'number' ? height + 'px' : height;
      iframe.height = size;
      iframe.style.height = size;
    }
    respond(event, subject, {});
  });
})();

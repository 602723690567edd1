// Starts Web Chat on this app's Direct Line stand-in. A separate file, not an inline script, so the page's
// Content-Security-Policy can allow scripts from this origin only.
(function () {
  'use strict';
  var chat = document.getElementById('webchat');
  var problem = document.getElementById('problem');

  function show(text) {
    problem.textContent = text;
    problem.hidden = false;
    chat.hidden = true;
  }

  if (!window.WebChat) {
    // The script answered an error (or nothing): ask again for the reason, which the local run words for people.
    fetch('/chat/webchat.js?v=4.18.1')
      .then(function (response) {
        return response.ok ? 'Web Chat loaded but did not start; the browser console says why.' : response.text();
      })
      .catch(function () { return 'The local run is not answering; is it still running?'; })
      .then(function (reason) { show('The chat cannot start: Web Chat is unavailable.\n' + reason); });
    return;
  }

  // A new user per page load: each tab is its own conversation, as a fresh Web Chat visitor is. Not "dl_...": Web Chat
  // reserves that prefix for ids embedded in a real Direct Line token and would replace it with a random one.
  var bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  var userID = 'user-' + Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');

  window.WebChat.renderWebChat({
    directLine: window.WebChat.createDirectLine({ domain: location.origin + '/directline', webSocket: false, pollingInterval: 500 }),
    userID: userID,
    username: 'You',
    locale: 'en-US',
    styleOptions: {
      accent: '#0b5cad',
      botAvatarInitials: 'MR',
      userAvatarInitials: 'You',
      hideUploadButton: true,
      bubbleMaxWidth: 640
    }
  }, chat);
  chat.querySelector('input, textarea') && chat.querySelector('input, textarea').focus();
})();

// opmaat serve: reloads the page when the server has read the plan again (server-sent events), keeping the place.
(function () {
  'use strict';
  var meta = document.querySelector('meta[name="opmaat-voorbeeld-versie"]');
  var shown = meta ? meta.getAttribute('content') : '';
  var status = document.getElementById('opmaat-verbinding');
  var key = 'opmaat-scroll:' + location.pathname;

  var saved = sessionStorage.getItem(key);
  if (saved !== null) {
    sessionStorage.removeItem(key);
    window.scrollTo(0, parseInt(saved, 10) || 0);
  }

  function say(which) {
    if (status) {
      status.textContent = status.getAttribute('data-' + which) || '';
      status.className = 'opmaat-verbinding opmaat-' + which;
    }
  }

  // A marker folded away with the findings about the plan as a whole unfolds when a link leads to it.
  function unfold() {
    var target = location.hash.length > 1 ? document.getElementById(location.hash.substring(1)) : null;
    for (var node = target; node; node = node.parentElement) {
      if (node.tagName === 'DETAILS' && !node.open) {
        node.open = true;
        target.scrollIntoView();
      }
    }
  }
  window.addEventListener('hashchange', unfold);
  unfold();

  if (!window.EventSource) {
    return;
  }
  var events = new EventSource('/_opmaat/gebeurtenissen');
  events.addEventListener('open', function () { say('live'); });
  events.addEventListener('error', function () { say('offline'); });
  events.addEventListener('versie', function (event) {
    say('live');
    if (event.data !== shown) {
      shown = event.data;
      sessionStorage.setItem(key, String(window.scrollY));
      events.close();
      location.reload();
    }
  });
})();

// opmaat serve: shows a new reading of the plan as soon as the server announces it (server-sent events). The new page
// replaces the body in place, so stylesheets and fonts stay loaded and the reader keeps their place; when the head
// changed (another house style, or the problem page instead of the plan) the page reloads as a whole.
(function () {
  'use strict';
  var VERSION = 'meta[name="opmaat-voorbeeld-versie"]';
  var scrollKey = 'opmaat-scroll:' + location.pathname;
  var shown = versionOf(document);
  var busy = false;
  var wanted = null;

  var saved = sessionStorage.getItem(scrollKey);
  if (saved !== null) {
    sessionStorage.removeItem(scrollKey);
    window.scrollTo(0, parseInt(saved, 10) || 0);
  }

  function versionOf(doc) {
    var meta = doc.querySelector(VERSION);
    return meta ? meta.getAttribute('content') : '';
  }

  // Everything in the head but the version: the stylesheets and the title decide whether a swap is enough.
  function headOf(doc) {
    var parts = [];
    var nodes = doc.head ? doc.head.children : [];
    for (var i = 0; i < nodes.length; i++) {
      if (!nodes[i].matches(VERSION) && nodes[i].tagName !== 'TITLE') {
        parts.push(nodes[i].outerHTML);
      }
    }
    return parts.join('\n');
  }

  function say(which) {
    var status = document.getElementById('opmaat-verbinding');
    if (status) {
      status.textContent = status.getAttribute('data-' + which) || '';
      status.className = 'opmaat-verbinding opmaat-' + which;
    }
  }

  function reload() {
    sessionStorage.setItem(scrollKey, String(window.scrollY));
    location.reload();
  }

  function show(version) {
    if (busy) {
      wanted = version;
      return;
    }
    busy = true;
    fetch(location.pathname, { cache: 'no-store' }).then(function (response) {
      return response.text();
    }).then(function (html) {
      var next = new DOMParser().parseFromString(html, 'text/html');
      if (headOf(next) !== headOf(document)) {
        reload();
        return;
      }
      document.title = next.title;
      document.body.className = next.body.className;
      document.body.replaceChildren.apply(document.body, Array.prototype.slice.call(next.body.childNodes));
      var meta = document.querySelector(VERSION);
      shown = versionOf(next);
      if (meta) {
        meta.setAttribute('content', shown);
      }
      say('live');
    }).catch(function () {
      say('offline');
    }).then(function () {
      busy = false;
      if (wanted !== null && wanted !== shown) {
        var again = wanted;
        wanted = null;
        show(again);
      }
    });
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
      show(event.data);
    }
  });
})();

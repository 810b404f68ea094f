// What a host page needs to follow the atlas's height (the "Embed" dialog gives the same lines).
(function () {
  var origin = window.location.origin;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || data.type !== 'stp-atlas:height' || typeof data.height !== 'number') return;
    document.querySelectorAll('iframe[data-stp-atlas]').forEach(function (frame) {
      if (frame.contentWindow !== event.source) return;
      frame.style.height = Math.min(Math.ceil(data.height), 4000) + 'px';
      var log = document.getElementById('height-log');
      if (log) log.textContent = 'The atlas asked for ' + Math.ceil(data.height) + ' px.';
    });
  });
  // Optional: select an area in the atlas from the host page.
  document.querySelectorAll('button[data-area]').forEach(function (button) {
    button.addEventListener('click', function () {
      var frame = document.querySelector('iframe[data-stp-atlas]');
      if (frame && frame.contentWindow) frame.contentWindow.postMessage({ type: 'stp-atlas:select', area: button.getAttribute('data-area') }, origin);
    });
  });
})();

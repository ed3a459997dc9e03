// Progressive enhancements shared by every page. The pages work fully without this file.
(function () {
  'use strict';

  // Open the answer a link points to (category pages: /en/eu-login#question-slug).
  function openTargetedAnswer() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    if (!id) return;
    var target = document.getElementById(id);
    if (target && target.tagName === 'DETAILS' && !target.open) {
      target.open = true;
      target.scrollIntoView();
    }
  }

  openTargetedAnswer();
  window.addEventListener('hashchange', openTargetedAnswer);
})();

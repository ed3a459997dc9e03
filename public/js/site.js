// Progressive enhancements shared by every page. The pages work fully without this file.
(() => {
  'use strict';

  // The id a link points to; none when the address is malformed (#%zz), which
  // decodeURIComponent refuses with an error.
  const targetId = () => {
    try {
      return decodeURIComponent(window.location.hash.slice(1));
    } catch {
      return '';
    }
  };

  // Open the answer a link points to (category pages: /en/eu-login#question-slug).
  const openTargetedAnswer = () => {
    const id = targetId();
    if (!id) return;
    const target = document.getElementById(id);
    if (target?.tagName === 'DETAILS' && !target.open) {
      target.open = true;
      target.scrollIntoView();
    }
  };

  openTargetedAnswer();
  window.addEventListener('hashchange', openTargetedAnswer);
})();

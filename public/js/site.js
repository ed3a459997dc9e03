// Progressive enhancements shared by every page. The pages work fully without this file.
(() => {
  'use strict';

  // Open the answer a link points to (category pages: /en/eu-login#question-slug).
  const openTargetedAnswer = () => {
    const id = decodeURIComponent(window.location.hash.slice(1));
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

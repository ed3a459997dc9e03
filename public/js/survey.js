// Form enhancements of the survey and of the "Was this helpful?" form under answers: a live
// character count and error-summary links that focus the field. The forms work the same
// without this file (a static hint and plain anchors).
(() => {
  'use strict';

  const lang = document.documentElement.lang || 'en';
  const plural = new Intl.PluralRules(lang);
  const number = new Intl.NumberFormat(document.documentElement.dataset.intl || lang);

  const characterCount = (group) => {
    const textarea = group.querySelector('textarea');
    const message = group.querySelector('.character-count__message');
    const max = Number(group.dataset.maxlength);
    if (!textarea || !message || !max) return;
    // Count as the server does: code points, with a line break as one character.
    const length = () => [...textarea.value.replace(/\r\n?/g, '\n').trim()].length;
    let timer = 0;
    const update = () => {
      const left = max - length();
      const over = left < 0;
      const n = Math.abs(left);
      const form = plural.select(n) === 'one' ? 'one' : 'other';
      const template = group.getAttribute(`data-${over ? 'over' : 'remaining'}-${form}`) ?? '';
      message.textContent = template.replace('%n', number.format(n));
      message.classList.toggle('character-count__message--over', over);
      textarea.classList.toggle('textarea--error', over);
    };
    // Announce the count after a pause in typing, not on every key.
    textarea.addEventListener('input', () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(update, 400);
    });
    update();
  };

  const errorSummaryLinks = (summary) => {
    summary.addEventListener('click', (event) => {
      const link = event.target.closest('a[href^="#"]');
      if (!link) return;
      const field = document.getElementById(link.getAttribute('href').slice(1));
      if (!field) return;
      event.preventDefault();
      (field.closest('fieldset') ?? field).scrollIntoView();
      field.focus({ preventScroll: true });
    });
  };

  const enhance = (root) => {
    root.querySelectorAll('[data-character-count]').forEach(characterCount);
    const summary = root.querySelector('[data-error-summary]');
    if (summary) {
      errorSummaryLinks(summary);
      summary.focus();
    }
  };

  enhance(document);
  // A form put in the page later (feedback.js shows one again with its errors) asks for the
  // same with this event, dispatched on its new element.
  document.addEventListener('help-centre:enhance', (event) => enhance(event.target));
})();

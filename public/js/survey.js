// Survey enhancements: a live character count and error-summary links that focus the field.
// The form works the same without this file (a static hint and plain anchors).
(function () {
  'use strict';

  var lang = document.documentElement.lang || 'en';
  var plural = new Intl.PluralRules(lang);
  var number = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB');

  function characterCount(group) {
    var textarea = group.querySelector('textarea');
    var message = group.querySelector('.character-count__message');
    var max = Number(group.getAttribute('data-maxlength'));
    if (!textarea || !message || !max) return;
    // Count as the server does: code points, with a line break as one character.
    var length = function () {
      return Array.from(textarea.value.replace(/\r\n?/g, '\n').trim()).length;
    };
    var timer = 0;
    function update() {
      var left = max - length();
      var over = left < 0;
      var n = Math.abs(left);
      var form = plural.select(n) === 'one' ? 'one' : 'other';
      var template = group.getAttribute('data-' + (over ? 'over-' : 'remaining-') + form) || '';
      message.textContent = template.replace('%n', number.format(n));
      message.classList.toggle('character-count__message--over', over);
      textarea.classList.toggle('textarea--error', over);
    }
    // Announce the count after a pause in typing, not on every key.
    textarea.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(update, 400);
    });
    update();
  }

  function errorSummaryLinks(summary) {
    summary.addEventListener('click', function (event) {
      var link = event.target.closest('a[href^="#"]');
      if (!link) return;
      var field = document.getElementById(link.getAttribute('href').slice(1));
      if (!field) return;
      event.preventDefault();
      var legend = field.closest('fieldset');
      (legend || field).scrollIntoView();
      field.focus({ preventScroll: true });
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('[data-character-count]'), characterCount);
  var summary = document.querySelector('[data-error-summary]');
  if (summary) {
    errorSummaryLinks(summary);
    summary.focus();
  }
})();

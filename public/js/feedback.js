// "Was this helpful?" in place: the vote is posted with fetch and the section is swapped for
// the one the server answers (the thanks, or the form again with its error), focus and a
// polite announcement following. Without this file, or when fetch fails, the form posts as
// usual and the article comes back at its feedback section.
(() => {
  'use strict';

  if (!window.fetch || !('requestSubmit' in HTMLFormElement.prototype)) return;
  const status = document.querySelector('[data-feedback-status]');

  // The fields as the browser would post them, with the button pressed (Yes or No).
  const formBody = (form, submitter) => {
    const data = new FormData(form);
    if (submitter?.name) data.set(submitter.name, submitter.value);
    return new URLSearchParams(data);
  };

  const replace = (section, html) => {
    const template = document.createElement('template');
    template.innerHTML = html.trim();
    const fresh = template.content.firstElementChild;
    section.replaceWith(fresh);
    return fresh;
  };

  // "Error: " before the page title while an error shows, as on pages sent with errors.
  const errorPrefix = (section) =>
    section.querySelector('.error-message .visually-hidden')?.textContent.trim() ?? '';
  const setTitleError = (prefix, on) => {
    if (!prefix) return;
    const plain = document.title.startsWith(`${prefix} `)
      ? document.title.slice(prefix.length + 1)
      : document.title;
    document.title = on ? `${prefix} ${plain}` : plain;
  };

  const announce = (section) => {
    if (!status) return;
    const parts = [...section.querySelectorAll('h2, p')].map((el) => el.textContent.trim());
    status.textContent = '';
    // A pause between the heading and the sentence, in any language.
    window.setTimeout(() => {
      status.textContent = parts.map((part) => (/[.!?]$/.test(part) ? part : `${part}.`)).join(' ');
    }, 50);
  };

  // Errors that come without a section (a refused or too frequent post): a summary on top.
  const showError = (section, answer) => {
    const summary = document.createElement('div');
    summary.className = 'error-summary';
    summary.setAttribute('role', 'alert');
    summary.setAttribute('aria-labelledby', 'feedback-error-title');
    summary.tabIndex = -1;
    const heading = document.createElement('h2');
    heading.className = 'error-summary__title';
    heading.id = 'feedback-error-title';
    heading.textContent = answer.error;
    const message = document.createElement('p');
    message.textContent = answer.message ?? '';
    summary.append(heading, message);
    section.querySelector('#feedback-error-title')?.parentElement.remove();
    section.prepend(summary);
    summary.focus();
  };

  const send = async (form, submitter) => {
    const section = form.closest('[data-feedback]');
    const wasError = errorPrefix(document);
    section.setAttribute('aria-busy', 'true');
    let response;
    let answer;
    try {
      response = await fetch(form.action, {
        method: 'POST',
        body: formBody(form, submitter),
        headers: { Accept: 'application/json' },
        credentials: 'same-origin',
      });
      answer = await response.json();
    } catch {
      // Offline, or an answer that is not ours (a proxy's error page): the ordinary post.
      form.dataset.plain = 'true';
      form.requestSubmit(submitter);
      return;
    }
    section.removeAttribute('aria-busy');
    if (typeof answer.html !== 'string') {
      showError(section, answer);
      return;
    }
    // The summary at the top of a page sent with errors is about the section being replaced.
    document.querySelectorAll('[data-error-summary]').forEach((old) => old.remove());
    const fresh = replace(section, answer.html);
    if (response.ok) {
      setTitleError(wasError, false);
      fresh.focus();
      announce(fresh);
      return;
    }
    setTitleError(errorPrefix(fresh), true);
    // survey.js brings the character count and the summary's links, and focuses the summary.
    fresh.dispatchEvent(new CustomEvent('help-centre:enhance', { bubbles: true }));
    fresh.querySelector('[data-error-summary]')?.focus();
  };

  document.addEventListener('submit', (event) => {
    const form = event.target.closest('[data-feedback-form]');
    if (!form || form.dataset.plain) return;
    event.preventDefault();
    if (form.closest('[aria-busy="true"]')) return;
    void send(form, event.submitter);
  });
})();

// Turns each search form into an accessible combobox (WAI-ARIA 1.2 pattern) that shows the
// top five answers as the visitor types. Without this script the form is a plain GET form.
(() => {
  'use strict';

  const minLength = 2;
  const delay = 120;
  const lang = document.documentElement.lang || 'en';

  const enhance = (form, formIndex) => {
    const input = form.querySelector('input[name="q"]');
    if (!input) return;
    const listId = `search-suggestions-${formIndex}`;
    const list = document.createElement('ul');
    list.id = listId;
    list.className = 'search-suggestions';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', form.dataset.suggestLabel ?? '');
    list.hidden = true;
    const status = document.createElement('div');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    form.append(list, status);

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listId);

    let options = [];
    let active = -1;
    let timer = 0;
    let controller = null;
    let lastQuery = '';

    const close = () => {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    };

    const setActive = (index) => {
      if (!options.length) return;
      active = (index + options.length) % options.length;
      options.forEach((option, i) => {
        option.el.setAttribute('aria-selected', String(i === active));
      });
      input.setAttribute('aria-activedescendant', options[active].el.id);
      options[active].el.scrollIntoView({ block: 'nearest' });
    };

    const createOption = (result, i) => {
      const el = document.createElement('li');
      el.id = `${listId}-${i}`;
      el.className = 'search-suggestions__option';
      el.setAttribute('role', 'option');
      el.setAttribute('aria-selected', 'false');
      const title = document.createElement('span');
      title.className = 'search-suggestions__title';
      title.textContent = result.title;
      const category = document.createElement('span');
      category.className = 'search-suggestions__category';
      category.textContent = result.category;
      el.append(title, category);
      el.addEventListener('mousedown', (event) => {
        event.preventDefault(); // keep focus in the input until we navigate
      });
      el.addEventListener('click', () => window.location.assign(result.url));
      el.addEventListener('mousemove', () => {
        if (active !== i) setActive(i);
      });
      return { el, url: result.url };
    };

    const render = (results) => {
      options = results.map(createOption);
      list.replaceChildren(...options.map(({ el }) => el));
      active = -1;
      input.removeAttribute('aria-activedescendant');
      const open = options.length > 0;
      list.hidden = !open;
      input.setAttribute('aria-expanded', String(open));
      status.textContent = open
        ? (form.getAttribute(`data-suggest-count-${Math.min(options.length, 5)}`) ?? '')
        : (form.dataset.suggestNone ?? '');
    };

    const fetchSuggestions = async () => {
      const query = input.value.trim();
      if (query === lastQuery) return;
      lastQuery = query;
      controller?.abort();
      if (query.length < minLength) {
        render([]);
        status.textContent = '';
        return;
      }
      controller = new AbortController();
      const url = `/api/search?lang=${encodeURIComponent(lang)}&limit=5&q=${encodeURIComponent(query)}`;
      try {
        const response = await fetch(url, {
          signal: controller.signal,
          headers: { Accept: 'application/json' },
        });
        const data = response.ok ? await response.json() : { results: [] };
        if (input.value.trim() === query) render(data.results || []);
      } catch {
        // Aborted or offline: the plain form still works.
      }
    };

    input.addEventListener('input', () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, delay);
    });

    input.addEventListener('keydown', (event) => {
      const open = !list.hidden;
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        if (!open && options.length) {
          list.hidden = false;
          input.setAttribute('aria-expanded', 'true');
        }
        setActive(active + 1);
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        if (open) setActive(active - 1);
      } else if (event.key === 'Enter') {
        if (open && active >= 0) {
          event.preventDefault();
          window.location.assign(options[active].url);
        }
      } else if (event.key === 'Escape') {
        if (open) {
          event.preventDefault();
          close();
        } else if (input.value) {
          input.value = '';
          lastQuery = '';
        }
      } else if (event.key === 'Tab') {
        close();
      }
    });

    input.addEventListener('blur', () => {
      window.setTimeout(close, 100);
    });
  };

  document.querySelectorAll('form[data-search-form]').forEach(enhance);
})();

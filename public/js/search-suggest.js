// Turns each search form into an accessible combobox (WAI-ARIA 1.2 pattern) that shows the
// top five answers as the visitor types. Without this script the form is a plain GET form.
(function () {
  'use strict';

  var minLength = 2;
  var delay = 120;
  var lang = document.documentElement.lang || 'en';

  function enhance(form, formIndex) {
    var input = form.querySelector('input[name="q"]');
    if (!input) return;
    var listId = 'search-suggestions-' + formIndex;
    var list = document.createElement('ul');
    list.id = listId;
    list.className = 'search-suggestions';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', form.dataset.suggestLabel || '');
    list.hidden = true;
    var status = document.createElement('div');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    form.appendChild(list);
    form.appendChild(status);

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listId);

    var options = [];
    var active = -1;
    var timer = 0;
    var controller = null;
    var lastQuery = '';

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function setActive(index) {
      if (!options.length) return;
      active = (index + options.length) % options.length;
      options.forEach(function (option, i) {
        option.el.setAttribute('aria-selected', String(i === active));
      });
      input.setAttribute('aria-activedescendant', options[active].el.id);
      options[active].el.scrollIntoView({ block: 'nearest' });
    }

    function render(results) {
      list.textContent = '';
      options = results.map(function (result, i) {
        var el = document.createElement('li');
        el.id = listId + '-' + i;
        el.className = 'search-suggestions__option';
        el.setAttribute('role', 'option');
        el.setAttribute('aria-selected', 'false');
        var title = document.createElement('span');
        title.className = 'search-suggestions__title';
        title.textContent = result.title;
        var category = document.createElement('span');
        category.className = 'search-suggestions__category';
        category.textContent = result.category;
        el.appendChild(title);
        el.appendChild(category);
        el.addEventListener('mousedown', function (event) {
          event.preventDefault(); // keep focus in the input until we navigate
        });
        el.addEventListener('click', function () {
          window.location.assign(result.url);
        });
        el.addEventListener('mousemove', function () {
          if (active !== i) setActive(i);
        });
        list.appendChild(el);
        return { el: el, url: result.url };
      });
      active = -1;
      input.removeAttribute('aria-activedescendant');
      var open = options.length > 0;
      list.hidden = !open;
      input.setAttribute('aria-expanded', String(open));
      status.textContent = open
        ? form.getAttribute('data-suggest-count-' + Math.min(options.length, 5)) || ''
        : form.dataset.suggestNone || '';
    }

    function fetchSuggestions() {
      var query = input.value.trim();
      if (query === lastQuery) return;
      lastQuery = query;
      if (controller) controller.abort();
      if (query.length < minLength) {
        render([]);
        status.textContent = '';
        return;
      }
      controller = new AbortController();
      var url =
        '/api/search?lang=' + encodeURIComponent(lang) + '&limit=5&q=' + encodeURIComponent(query);
      fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' } })
        .then(function (response) {
          return response.ok ? response.json() : { results: [] };
        })
        .then(function (data) {
          if (input.value.trim() === query) render(data.results || []);
        })
        .catch(function () {
          /* aborted or offline: the plain form still works */
        });
    }

    input.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, delay);
    });

    input.addEventListener('keydown', function (event) {
      var open = !list.hidden;
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

    input.addEventListener('blur', function () {
      window.setTimeout(close, 100);
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('form[data-search-form]'), enhance);
})();

import type nunjucks from 'nunjucks';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../support/app.js';
import { parseHtml } from '../support/html.js';
import { accessibleName, visibleText } from '../support/link-names.js';

// The pagination component on its own, rendered by the app's own template environment.

let views: nunjucks.Environment;

beforeAll(async () => {
  views = (await buildTestApp()).services.views;
});

interface Params {
  current: number;
  count?: number;
  href?: (n: number) => string;
  pages?: { number: number; url: string }[];
  around?: number;
}

function render(params: Params) {
  const html = views.renderString(
    `{% from "components/pagination.njk" import pagination %}` +
      `{{ pagination({ label: 'Pages', previous: 'Previous', next: 'Next', more: ' page of x',` +
      ` pageName: 'Page %n of x', current: p.current, count: p.count, href: p.href,` +
      ` pages: p.pages, around: p.around }) }}`,
    { p: params },
  );
  return parseHtml(html);
}

const shown = (doc: ReturnType<typeof parseHtml>) =>
  doc.querySelectorAll('li').map((li) => {
    const a = li.querySelector('a');
    return a ? `${visibleText(a)}${a.getAttribute('aria-current') ? '*' : ''}` : li.text.trim();
  });

const href = (n: number) => `/x?page=${n}`;

describe('pagination component', () => {
  it('shows first, last, the current page’s neighbours and ellipses among thousands of pages', () => {
    const doc = render({ current: 2500, count: 5000, href });
    expect(shown(doc)).toEqual([
      'Previous',
      '1',
      '…',
      '2499',
      '2500*',
      '2501',
      '…',
      '5000',
      'Next',
    ]);
    expect(doc.querySelectorAll('a')).toHaveLength(7);
    const nav = doc.querySelector('nav');
    expect(nav?.getAttribute('aria-label')).toBe('Pages');
    const current = doc.querySelector('a[aria-current="page"]');
    expect(current?.getAttribute('href')).toBe('/x?page=2500');
    // Each name says where the link goes, and starts with or holds what is shown.
    expect(current && accessibleName(current)).toBe('Page 2500 of x');
    const previous = doc.querySelector('a[rel="prev"]');
    expect(previous?.getAttribute('href')).toBe('/x?page=2499');
    expect(previous && accessibleName(previous)).toBe('Previous page of x');
    const next = doc.querySelector('a[rel="next"]');
    expect(next?.getAttribute('href')).toBe('/x?page=2501');
    expect(next && accessibleName(next)).toBe('Next page of x');
  });

  it('never hides a single page behind an ellipsis', () => {
    expect(shown(render({ current: 4, count: 7, href }))).toEqual([
      'Previous',
      '1',
      '2',
      '3',
      '4*',
      '5',
      '6',
      '7',
      'Next',
    ]);
    expect(shown(render({ current: 1, count: 5000, href }))).toEqual([
      '1*',
      '2',
      '…',
      '5000',
      'Next',
    ]);
    expect(shown(render({ current: 5000, count: 5000, href }))).toEqual([
      'Previous',
      '1',
      '…',
      '4999',
      '5000*',
    ]);
  });

  it('widens the window on request', () => {
    expect(shown(render({ current: 50, count: 100, href, around: 2 }))).toEqual([
      'Previous',
      '1',
      '…',
      '48',
      '49',
      '50*',
      '51',
      '52',
      '…',
      '100',
      'Next',
    ]);
  });

  it('still takes the list of every page, as the search and staff pages pass it', () => {
    const pages = Array.from({ length: 40 }, (_, i) => ({ number: i + 1, url: `/s?p=${i + 1}` }));
    const doc = render({ current: 20, pages });
    expect(shown(doc)).toEqual(['Previous', '1', '…', '19', '20*', '21', '…', '40', 'Next']);
    expect(doc.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/s?p=19');
    expect(doc.querySelector('a[aria-current="page"]')?.getAttribute('href')).toBe('/s?p=20');
    expect(doc.querySelectorAll('a').at(-2)?.getAttribute('href')).toBe('/s?p=40');
  });

  it('shows nothing for a single page', () => {
    expect(render({ current: 1, count: 1, href }).querySelector('nav')).toBe(null);
    expect(render({ current: 1, pages: [{ number: 1, url: '/s' }] }).querySelector('nav')).toBe(
      null,
    );
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../support/app.js';
import { parseHtml } from '../../support/html.js';
import { accessibleName, visibleText } from '../../support/link-names.js';
import { staff } from '../../support/page-types.js';
import { daysAgo, parseCsv, staffDownload, staffGet } from '../../support/staff.js';

type Built = Awaited<ReturnType<typeof buildTestApp>>;

const day = (days: number) => daysAgo(days).slice(0, 10);

/** A table of queries: [query, link, count(, results)] per row. */
function queries(html: string, tableId: string): string[][] {
  const doc = parseHtml(html);
  const rows = doc
    .querySelector(`#${tableId}-caption`)
    ?.closest('table')
    ?.querySelectorAll('tbody tr');
  return (rows ?? []).map((row) => {
    const link = row.querySelector('th a');
    return [
      visibleText(link),
      link?.getAttribute('href') ?? '',
      ...row.querySelectorAll('td').map((cell) => cell.text.trim()),
    ];
  });
}

describe('the searches page', () => {
  let built: Built;
  const get = (url: string) => staffGet(built.app, url);

  beforeAll(async () => {
    built = await buildTestApp(staff);
    await built.services.feedbackStore.searches.add([
      { day: day(1), locale: 'en', query: 'password', count: 1200, results: 4 },
      { day: day(2), locale: 'en', query: 'password', count: 300, results: 5 },
      { day: day(1), locale: 'en', query: 'xylophone', count: 7, results: 0 },
      { day: day(3), locale: 'en', query: 'cv & letter', count: 9, results: 2 },
      { day: day(1), locale: 'fr', query: 'mot de passe', count: 3, results: 6 },
      { day: day(50), locale: 'fr', query: 'zzz', count: 40, results: 0 },
    ]);
    // Counted but not yet written: the page writes what the counter holds first.
    const total = built.services.search.search('fr', 'diplôme').total;
    built.services.searchCounter.count('fr', 'Diplôme', total);
  });

  it('lists the most frequent searches of each language over the period, linked to their results', async () => {
    const res = await get('/admin/searches');
    expect(queries(res.text, 'table-top-en')).toEqual([
      ['password', '/en/search?q=password', '1,500', '4'],
      ['cv & letter', '/en/search?q=cv%20%26%20letter', '9', '2'],
      ['xylophone', '/en/search?q=xylophone', '7', '0'],
    ]);
    const fr = queries(res.text, 'table-top-fr');
    expect(fr.map(([query, url, count]) => [query, url, count])).toEqual([
      ['mot de passe', '/fr/search?q=mot%20de%20passe', '3'],
      ['diplôme', '/fr/search?q=dipl%C3%B4me', '1'],
    ]);
    const table = parseHtml(res.text).querySelector('#table-top-fr-caption')?.closest('table');
    const link = table?.querySelector('tbody a');
    // The query in its language; the name says which language's results it opens.
    expect(link?.querySelector('[lang]')?.getAttribute('lang')).toBe('fr');
    expect(link && accessibleName(link)).toBe('mot de passe (results in French)');
  });

  it('lists the most frequent searches that found nothing, apart', async () => {
    const res = await get('/admin/searches');
    expect(queries(res.text, 'table-none-en')).toEqual([
      ['xylophone', '/en/search?q=xylophone', '7'],
    ]);
    expect(queries(res.text, 'table-none-fr')).toEqual([]);
    expect(res.text).toContain('Every search in this period found something.');
    const summary = parseHtml(res.text)
      .querySelectorAll('.results-summary__number')
      .map((n) => n.text);
    expect(summary).toEqual(['1,520', '7', '0.5%']);
  });

  it('covers the period chosen, in French', async () => {
    const res = await get('/admin/searches?period=90&lang=fr');
    expect(parseHtml(res.text).querySelector('h1')?.text).toBe('Recherches');
    expect(queries(res.text, 'table-none-fr')).toEqual([['zzz', '/fr/search?q=zzz', '40']]);
    const summary = parseHtml(res.text)
      .querySelectorAll('.results-summary__number')
      .map((n) => n.text);
    expect(summary).toEqual(['1\u202f560', '47', '3\u00a0%']);
  });
});

describe('the searches that found nothing', () => {
  it('say what they find today, here and in the other language, in the staff member’s language', async () => {
    const built = await buildTestApp(staff);
    // Typed in French on the English site; and a question the content has since answered.
    await built.services.feedbackStore.searches.add([
      { day: day(1), locale: 'en', query: 'mot de passe', count: 5, results: 0 },
      { day: day(1), locale: 'en', query: 'password', count: 2, results: 0 },
    ]);
    const { search } = built.services;
    const total = (locale: 'en' | 'fr', q: string) => String(search.search(locale, q).total);
    expect(total('en', 'mot de passe')).toBe('0');
    expect(Number(total('fr', 'mot de passe'))).toBeGreaterThan(0);
    expect(Number(total('en', 'password'))).toBeGreaterThan(0);

    const today = (html: string) =>
      parseHtml(html)
        .querySelectorAll('.staff-table__today')
        .map((note) => note.text.replace(/[ \n]+/g, ' ').trim());
    const en = await staffGet(built.app, '/admin/searches');
    expect(queries(en.text, 'table-none-en')).toEqual([
      ['mot de passe', '/en/search?q=mot%20de%20passe', '5'],
      ['password', '/en/search?q=password', '2'],
    ]);
    expect(today(en.text)).toEqual([
      `Finds today: 0 here, ${total('fr', 'mot de passe')} in French`,
      `Finds today: ${total('en', 'password')} here, ${total('fr', 'password')} in French`,
    ]);
    const fr = await staffGet(built.app, '/admin/searches?lang=fr');
    expect(today(fr.text)[0]).toBe(
      `Trouve aujourd’hui\u00a0: 0 ici, ${total('fr', 'mot de passe')} en français`,
    );
  });
});

describe('search counts as CSV', () => {
  it('downloads one row per day, language and query of the period, with its counts', async () => {
    const built = await buildTestApp(staff);
    await built.services.feedbackStore.searches.add([
      { day: day(2), locale: 'fr', query: '=1+1', count: 2, results: 0 },
      { day: day(1), locale: 'en', query: 'password', count: 3, results: 4 },
      { day: day(1), locale: 'en', query: 'cv, letter', count: 1, results: 2 },
      { day: day(40), locale: 'en', query: 'old', count: 1, results: 1 },
    ]);
    const res = await staffDownload(built.app, '/admin/searches.csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="search-counts-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(res.headers['cache-control']).toBe('no-store');
    const text = res.body as string;
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(parseCsv(text.slice(1))).toEqual([
      ['day', 'locale', 'query', 'count', 'results'],
      [day(2), 'fr', "'=1+1", '2', '0'],
      [day(1), 'en', 'cv, letter', '1', '2'],
      [day(1), 'en', 'password', '3', '4'],
    ]);
    const all = parseCsv(
      ((await staffDownload(built.app, '/admin/searches.csv?period=90')).body as string).slice(1),
    );
    expect(all.map((row) => row[2])).toEqual(['query', 'old', "'=1+1", 'cv, letter', 'password']);
  });
});

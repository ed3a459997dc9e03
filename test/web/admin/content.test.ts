import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, copyOfRealContent } from '../../support/app.js';
import { parseHtml } from '../../support/html.js';
import { accessibleName, visibleText } from '../../support/link-names.js';
import { staff } from '../../support/page-types.js';
import { staffGet } from '../../support/staff.js';

type Built = Awaited<ReturnType<typeof buildTestApp>>;

/** The cells of a table's body rows, their visible text with spaces collapsed. */
function rows(html: string, captionId: string): string[][] {
  const table = parseHtml(html).querySelector(`#${captionId}`)?.closest('table');
  return (table?.querySelectorAll('tbody tr') ?? []).map((row) =>
    row.querySelectorAll('th, td').map((cell) => visibleText(cell)),
  );
}

describe('the translation report', () => {
  let built: Built;
  let removeContent: () => Promise<void>;
  const get = (url: string) => staffGet(built.app, url);

  beforeAll(async () => {
    const copy = await copyOfRealContent();
    removeContent = copy.cleanup;
    // The French diploma supplement is missing; the French password answer is older.
    await rm(path.join(copy.dir, 'fr', 'articles', 'supplement-au-diplome.md'));
    const older = path.join(copy.dir, 'fr', 'articles', 'mot-de-passe-eu-login-oublie.md');
    const text = await readFile(older, 'utf8');
    await writeFile(older, text.replace(/^updated: .*$/m, 'updated: 2020-01-15'));
    built = await buildTestApp({ ...staff, CONTENT_DIR: copy.dir });
  });

  afterAll(async () => {
    await removeContent();
  });

  it('lists translations older than the other version, with both dates and both links', async () => {
    const res = await get('/admin/content');
    const repo = built.services.content.repo;
    const en = repo.articleById('en', 'eu-login-forgotten-password');
    expect(rows(res.text, 'outdated-caption')).toEqual([
      [
        `${en?.title} eu-login-forgotten-password`,
        `English version updated ${new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${en?.updated}T00:00:00Z`))}`,
        'French version updated 15 January 2020',
      ],
    ]);
    const links = parseHtml(res.text)
      .querySelector('#outdated-caption')
      ?.closest('table')
      ?.querySelectorAll('tbody a')
      .map((a) => [a.getAttribute('href'), a.getAttribute('hreflang'), accessibleName(a)]);
    const fr = repo.articleById('fr', 'eu-login-forgotten-password');
    expect(links).toEqual([
      ['/en/eu-login/forgotten-eu-login-password', 'en', `English version of “${en?.title}”`],
      ['/fr/eu-login/mot-de-passe-eu-login-oublie', 'fr', `French version of “${fr?.title}”`],
    ]);
  });

  it('lists questions in one language only, linked to the version there is', async () => {
    const res = await get('/admin/content');
    const title = built.services.content.repo.articleById('en', 'diploma-supplement')?.title;
    expect(rows(res.text, 'untranslated-articles-caption')).toEqual([
      [`${title} diploma-supplement`, expect.stringMatching(/^English version updated /), 'French'],
    ]);
    expect(res.text).toContain('Every topic exists in every language.');
    const summary = parseHtml(res.text)
      .querySelectorAll('.results-summary__number')
      .map((n) => n.text);
    expect(summary).toEqual(['1', '1', '0']);
  });

  it('is in French with ?lang=fr, French dates included', async () => {
    const res = await get('/admin/content?lang=fr');
    const doc = parseHtml(res.text);
    expect(doc.querySelector('h1')?.text).toBe('Traductions');
    const older = rows(res.text, 'outdated-caption')[0]?.[2];
    expect(older).toBe('Version française mise à jour le 15 janvier 2020');
    expect(rows(res.text, 'untranslated-articles-caption')[0]?.[2]).toBe('Français');
  });

  it('feeds the overview its counts', async () => {
    const doc = parseHtml((await get('/admin')).text);
    const figures = doc.querySelectorAll('#card-content ~ dl dd').map((dd) => dd.text.trim());
    expect(figures).toEqual(['1', '1']);
  });
});

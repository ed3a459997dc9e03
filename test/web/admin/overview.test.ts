import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/i18n/locales.js';
import { buildTestApp } from '../../support/app.js';
import { parseHtml } from '../../support/html.js';
import { staff, validAnswers } from '../../support/page-types.js';
import { daysAgo, saveVotes, staffGet, vote } from '../../support/staff.js';

type Built = Awaited<ReturnType<typeof buildTestApp>>;

/** Card title → its figures (label → value), as the overview shows them. */
function cards(html: string): Record<string, Record<string, string>> {
  const doc = parseHtml(html);
  return Object.fromEntries(
    doc
      .querySelectorAll('.staff-card')
      .map((card) => [
        card.querySelector('h2')?.text.trim() ?? '',
        Object.fromEntries(
          card
            .querySelectorAll('.staff-card__figure')
            .map((f) => [f.querySelector('dt')?.text.trim(), f.querySelector('dd')?.text.trim()]),
        ),
      ]),
  );
}

async function answerSurvey(built: Built, createdAt: string, locale: Locale) {
  await built.services.surveyStore.save({
    submissionId: randomUUID(),
    locale,
    createdAt,
    answers: { ...validAnswers, improve: null },
    fromPath: null,
  });
}

describe('the staff overview', () => {
  let built: Built;
  const get = (url: string) => staffGet(built.app, url);

  beforeAll(async () => {
    built = await buildTestApp(staff);
    // Within 7 days: 1 survey answer, 3 votes (1 helpful), 1,234 searches (617 found nothing).
    await answerSurvey(built, daysAgo(2), 'en');
    await saveVotes(built.services, [
      vote({ locale: 'en', articleId: 'eu-login-forgotten-password', helpful: true }),
      vote({ locale: 'fr', articleId: 'eu-login-forgotten-password' }),
      vote({ locale: 'fr', articleId: 'diploma-supplement', createdAt: daysAgo(6) }),
    ]);
    const day = (days: number) => daysAgo(days).slice(0, 10);
    await built.services.feedbackStore.searches.add([
      { day: day(0), locale: 'en', query: 'password', count: 617, results: 4 },
      { day: day(3), locale: 'fr', query: 'zzzz', count: 617, results: 0 },
    ]);
    // Within 30 days but not 7: one more of each.
    await answerSurvey(built, daysAgo(20), 'fr');
    await saveVotes(built.services, [
      vote({
        locale: 'en',
        articleId: 'diploma-supplement',
        createdAt: daysAgo(20),
        helpful: true,
      }),
    ]);
    await built.services.feedbackStore.searches.add([
      { day: day(20), locale: 'en', query: 'cv', count: 1, results: 9 },
    ]);
    // Long ago: counted by no period offered.
    await answerSurvey(built, daysAgo(200), 'fr');
  });

  it('shows the headline numbers of the last 30 days by default', async () => {
    expect(cards((await get('/admin')).text)).toEqual({
      Survey: { 'Survey answers': '2' },
      'Article feedback': { 'Votes on answers': '4', 'Found the answer helpful': '50%' },
      Searches: { Searches: '1,235', 'Found nothing': '50%' },
      Translations: { 'Questions in one language only': '0', 'Translations out of date': '0' },
    });
  });

  it('shows the numbers of the period chosen with the form', async () => {
    const res = await get('/admin?period=7');
    const doc = parseHtml(res.text);
    expect(doc.querySelector('form.staff-period')?.getAttribute('method')).toBe('get');
    expect(doc.querySelector('#period option[selected]')?.getAttribute('value')).toBe('7');
    expect(cards(res.text)).toMatchObject({
      Survey: { 'Survey answers': '1' },
      'Article feedback': { 'Votes on answers': '3', 'Found the answer helpful': '33.3%' },
      Searches: { Searches: '1,234', 'Found nothing': '50%' },
    });
    expect(doc.querySelector('#card-searches')?.parentNode?.text).toContain(
      '617 searches found nothing.',
    );
  });

  it('formats numbers and shares the French way in French', async () => {
    const figures = cards((await get('/admin?period=7&lang=fr')).text);
    expect(figures['Avis sur les articles']?.['Réponse jugée utile']).toBe('33,3\u00a0%');
    // Intl's French thousands separator is a narrow no-break space.
    expect(figures.Recherches?.Recherches).toBe('1\u202f234');
  });

  it('links every staff page, keeping the language and the period', async () => {
    const doc = parseHtml((await get('/admin?period=90&lang=fr')).text);
    const links = doc.querySelectorAll('.staff-card__link a').map((a) => a.getAttribute('href'));
    const to = daysAgo(0).slice(0, 10);
    const from = daysAgo(89).slice(0, 10);
    expect(links).toEqual([
      `/admin/survey?lang=fr&from=${from}&to=${to}`,
      '/admin/feedback?lang=fr&period=90',
      '/admin/searches?lang=fr&period=90',
      '/admin/content?lang=fr',
    ]);
  });

  it('says there is nothing to share yet rather than 0 %', async () => {
    const empty = await buildTestApp(staff);
    const figures = cards((await staffGet(empty.app, '/admin')).text);
    expect(figures['Article feedback']?.['Found the answer helpful']).toBe('No data yet');
    expect(figures.Searches?.['Found nothing']).toBe('No data yet');
  });
});

import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answers, SurveyResponse } from '../../../src/survey/questions.js';
import { buildTestApp } from '../../support/app.js';
import { languageSwitch, parseHtml } from '../../support/html.js';
import { visibleText } from '../../support/link-names.js';
import { parseCsv } from '../../support/staff.js';

type App = Awaited<ReturnType<typeof buildTestApp>>['app'];
const staff = { ADMIN_USERNAME: 'staff', ADMIN_PASSWORD: 'correct horse battery' };
const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

function response(createdAt: string, locale: 'en' | 'fr', answers: Answers): SurveyResponse {
  return { submissionId: randomUUID(), locale, createdAt, answers, fromPath: `/${locale}/` };
}

const responses = [
  response('2026-03-01T08:00:00.000Z', 'en', {
    satisfaction: '5',
    found: 'yes',
    topic: 'eu-login',
    ease: '5',
    improve: 'Great search',
  }),
  response('2026-03-02T09:00:00.000Z', 'en', {
    satisfaction: '4',
    found: 'yes',
    topic: 'europass-templates',
    ease: '4',
    improve: null,
  }),
  response('2026-03-03T23:30:00.000Z', 'fr', {
    satisfaction: '2',
    found: 'no',
    topic: 'help-information',
    ease: '2',
    improve: 'Plus d’exemples, s’il vous plaît',
  }),
  response('2026-03-04T11:00:00.000Z', 'fr', {
    satisfaction: '4',
    found: 'partly',
    topic: 'other',
    ease: '3',
    improve: '=HYPERLINK("x")',
  }),
];

/** Answer label → [responses, share] from the results table of one question. */
function table(html: string, question: string): Record<string, [string, string]> {
  const doc = parseHtml(html);
  const caption = doc.querySelector(`#table-${question}-caption`);
  const rows = caption?.closest('table')?.querySelectorAll('tbody tr') ?? [];
  return Object.fromEntries(
    rows.map((row) => {
      // French puts a (narrow) no-break space before "%": compare with plain spaces.
      const [count, share] = row
        .querySelectorAll('td')
        .map((cell) => cell.text.replace(/\s+/g, ' ').trim());
      return [row.querySelector('th')?.text.trim() ?? '', [count ?? '', share ?? '']];
    }),
  );
}

describe('staff access to the survey results', () => {
  let app: App;
  beforeAll(async () => {
    app = (await buildTestApp(staff)).app;
  });

  it('asks for credentials when none are sent', async () => {
    for (const url of ['/admin/survey', '/admin/survey.csv']) {
      const res = await request(app).get(url);
      expect(res.status, url).toBe(401);
      expect(res.headers['www-authenticate']).toBe(
        'Basic realm="Help centre staff", charset="UTF-8"',
      );
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.text).not.toContain('text/csv');
    }
  });

  it('refuses a wrong password, a wrong user name and a malformed header', async () => {
    for (const authorization of [
      basic('staff', 'wrong horse battery'),
      basic('stuff', 'correct horse battery'),
      basic('staff', ''),
      'Basic !!!',
      'Bearer abc',
    ]) {
      const res = await request(app).get('/admin/survey').set('Authorization', authorization);
      expect(res.status, authorization).toBe(401);
      expect(res.headers['www-authenticate']).toMatch(/^Basic realm=/);
    }
  });

  it('explains the refusal on a localized page', async () => {
    const res = await request(app).get('/admin/survey').set('Accept-Language', 'fr');
    expect(parseHtml(res.text).querySelector('h1')?.text).toBe(
      'Connectez-vous pour voir cette page',
    );
  });

  it('lets staff in, keeping the page out of caches and search engines', async () => {
    const res = await request(app).get('/admin/survey').auth('staff', 'correct horse battery');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-robots-tag']).toBe('noindex');
    const doc = parseHtml(res.text);
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(doc.querySelectorAll('[style], style')).toHaveLength(0);
    expect(doc.querySelector('.survey-banner')).toBeNull();
  });
});

describe('survey results without a staff account configured', () => {
  it('answers 404 for both addresses, like any unknown page', async () => {
    const { app } = await buildTestApp();
    const unknown = await request(app).get('/admin/nothing-here');
    for (const url of ['/admin/survey', '/admin/survey.csv']) {
      const res = await request(app).get(url).auth('staff', 'correct horse battery');
      expect(res.status, url).toBe(404);
      expect(res.headers['www-authenticate']).toBeUndefined();
      expect(res.text).toBe(unknown.text);
    }
  });
});

describe('survey results page', () => {
  let app: App;
  const get = (url: string) => request(app).get(url).auth('staff', 'correct horse battery');

  beforeAll(async () => {
    const built = await buildTestApp(staff);
    app = built.app;
    for (const r of responses) await built.services.surveyStore.save(r);
  });

  it('counts the answers to each closed question, with their share', async () => {
    const res = await get('/admin/survey');
    expect(parseHtml(res.text).querySelector('.results-summary__number')?.text).toBe('4');
    expect(table(res.text, 'satisfaction')).toEqual({
      'Very dissatisfied': ['0', '0%'],
      Dissatisfied: ['1', '25%'],
      'Neither satisfied nor dissatisfied': ['0', '0%'],
      Satisfied: ['2', '50%'],
      'Very satisfied': ['1', '25%'],
    });
    expect(table(res.text, 'found')).toEqual({
      Yes: ['2', '50%'],
      Partly: ['1', '25%'],
      No: ['1', '25%'],
    });
    expect(table(res.text, 'topic')).toEqual({
      'EU Login': ['1', '25%'],
      'Europass templates': ['1', '25%'],
      'Help and information': ['1', '25%'],
      'Something else': ['1', '25%'],
    });
    expect(Object.keys(table(res.text, 'ease'))).toHaveLength(5);
    expect(res.text).toContain('Average score: 3.8 out of 5');
    // One chart per closed question, drawn on the server.
    expect(parseHtml(res.text).querySelectorAll('svg.bar-chart')).toHaveLength(4);
  });

  it('filters by the language of the response', async () => {
    const res = await get('/admin/survey?locale=fr');
    expect(table(res.text, 'found')).toEqual({
      Yes: ['0', '0%'],
      Partly: ['1', '50%'],
      No: ['1', '50%'],
    });
    const doc = parseHtml(res.text);
    expect(doc.querySelector('#filter-locale option[selected]')?.getAttribute('value')).toBe('fr');
  });

  it('filters by a date range, both days included', async () => {
    const res = await get('/admin/survey?from=2026-03-02&to=2026-03-03');
    expect(parseHtml(res.text).querySelector('.results-summary__number')?.text).toBe('2');
    expect(table(res.text, 'satisfaction').Satisfied).toEqual(['1', '50%']);
    expect(table(res.text, 'satisfaction').Dissatisfied).toEqual(['1', '50%']);
  });

  it('swaps a range given backwards and says so', async () => {
    const res = await get('/admin/survey?from=2026-03-03&to=2026-03-02');
    expect(parseHtml(res.text).querySelector('.results-summary__number')?.text).toBe('2');
    expect(res.text).toContain('so we swapped them');
    expect(parseHtml(res.text).querySelector('#filter-from')?.getAttribute('value')).toBe(
      '2026-03-02',
    );
  });

  it('lists the written comments newest first, with their date and language', async () => {
    const doc = parseHtml((await get('/admin/survey')).text);
    const texts = doc.querySelectorAll('.comment__text').map((c) => c.text);
    expect(texts).toEqual(['=HYPERLINK("x")', 'Plus d’exemples, s’il vous plaît', 'Great search']);
    expect(doc.querySelector('.comment__text')?.getAttribute('lang')).toBe('fr');
    expect(doc.querySelector('.comment time')?.text).toBe('4 Mar 2026, 11:00 UTC');
    expect(doc.querySelector('.comment__language')?.text).toBe('French');
  });

  it('is in French with ?lang=fr, and switches language keeping the filters', async () => {
    const res = await get('/admin/survey?lang=fr&locale=en');
    const doc = parseHtml(res.text);
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('fr');
    expect(doc.querySelector('h1')?.text).toBe('Résultats de l’enquête');
    expect(table(res.text, 'satisfaction').Satisfaisant).toEqual(['1', '50 %']);
    expect(doc.querySelector('.comment time')?.text).toBe('1er mars 2026, 08:00 UTC');
    const other = languageSwitch(doc);
    expect(other.lang).toBe('en');
    expect(other.href).toBe('/admin/survey?lang=en&locale=en');
    expect(doc.querySelector('.results-download a')?.getAttribute('href')).toBe(
      '/admin/survey.csv?locale=en',
    );
  });

  it('shows a page, never an error, for malformed filters', async () => {
    for (const url of [
      '/admin/survey?from=notadate',
      '/admin/survey?to=2026-02-30',
      '/admin/survey?locale=de',
      '/admin/survey?page=-1',
      '/admin/survey?page=99999999999',
      '/admin/survey?lang[x]=1',
      '/admin/survey?lang=de&from[]=1&to=%E2%82%AC',
      '/admin/survey.csv?from=notadate&locale=de',
    ]) {
      const res = await get(url);
      expect(res.status, url).toBe(200);
    }
    const res = await get('/admin/survey?from=notadate&locale=de');
    expect(res.text).toContain('The start date is not a valid date, so it was ignored.');
    expect(parseHtml(res.text).querySelector('.results-summary__number')?.text).toBe('4');
    expect(parseHtml(res.text).querySelector('html')?.getAttribute('lang')).toBe('en');
  });
});

describe('survey results paging', () => {
  let app: App;
  const get = (url: string) => request(app).get(url).auth('staff', 'correct horse battery');

  beforeAll(async () => {
    const built = await buildTestApp(staff);
    app = built.app;
    for (let i = 1; i <= 45; i++) {
      const day = String(1 + Math.floor(i / 24)).padStart(2, '0');
      const hour = String(i % 24).padStart(2, '0');
      await built.services.surveyStore.save(
        response(`2026-04-${day}T${hour}:00:00.000Z`, i % 2 ? 'en' : 'fr', {
          satisfaction: '3',
          found: 'yes',
          topic: 'other',
          ease: '3',
          improve: `Comment ${i}`,
        }),
      );
    }
  });

  it('shows 20 comments a page, newest first, with accessible page links', async () => {
    const first = parseHtml((await get('/admin/survey')).text);
    const texts = first.querySelectorAll('.comment__text').map((c) => c.text);
    expect(texts).toHaveLength(20);
    expect(texts[0]).toBe('Comment 45');
    expect(texts[19]).toBe('Comment 26');
    const nav = first.querySelector('nav.pagination');
    expect(nav?.getAttribute('aria-label')).toBe('Pages of written comments');
    expect(visibleText(nav?.querySelector('[aria-current="page"]'))).toBe('1');
    expect(nav?.querySelector('a[rel="next"]')?.getAttribute('href')).toBe(
      '/admin/survey?lang=en&page=2#comments',
    );

    const third = parseHtml((await get('/admin/survey?page=3')).text);
    expect(third.querySelectorAll('.comment__text').map((c) => c.text)).toEqual([
      'Comment 5',
      'Comment 4',
      'Comment 3',
      'Comment 2',
      'Comment 1',
    ]);
  });

  it('keeps the filters in the page links and shows the last page past the end', async () => {
    const doc = parseHtml((await get('/admin/survey?locale=en&page=50')).text);
    expect(visibleText(doc.querySelector('.pagination [aria-current="page"]'))).toBe('2');
    expect(doc.querySelectorAll('.comment__text')).toHaveLength(3);
    expect(doc.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(
      '/admin/survey?lang=en&locale=en#comments',
    );
  });
});

describe('survey results as CSV', () => {
  let app: App;
  const get = (url: string) =>
    request(app)
      .get(url)
      .auth('staff', 'correct horse battery')
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
      });

  beforeAll(async () => {
    const built = await buildTestApp(staff);
    app = built.app;
    for (const r of responses) await built.services.surveyStore.save(r);
  });

  it('downloads every response as UTF-8 CSV with a BOM, uncached', async () => {
    const res = await get('/admin/survey.csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="survey-responses-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(res.headers['cache-control']).toBe('no-store');
    const text = res.body as string;
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual([
      'submission_id',
      'created_at',
      'locale',
      'satisfaction',
      'found',
      'topic',
      'ease',
      'improve',
      'from_path',
    ]);
    expect(rows.map((r) => r[0])).toEqual(responses.map((r) => r.submissionId));
    expect(rows[2]?.[7]).toBe('Plus d’exemples, s’il vous plaît');
    expect(rows[3]?.[7]).toBe('\'=HYPERLINK("x")');
    expect(rows[1]?.[7]).toBe('');
  });

  it('honours the same filters as the page', async () => {
    const byLocale = parseCsv((await get('/admin/survey.csv?locale=fr')).body as string);
    expect(byLocale.slice(1).map((r) => r[2])).toEqual(['fr', 'fr']);
    const byDate = parseCsv(
      (await get('/admin/survey.csv?from=2026-03-02&to=2026-03-02')).body as string,
    );
    expect(byDate.slice(1).map((r) => r[1])).toEqual(['2026-03-02T09:00:00.000Z']);
  });
});

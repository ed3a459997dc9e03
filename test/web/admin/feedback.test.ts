import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../support/app.js';
import { parseHtml } from '../../support/html.js';
import { visibleText } from '../../support/link-names.js';
import { staff } from '../../support/page-types.js';
import {
  daysAgo,
  parseCsv,
  saveVotes,
  staffDownload,
  staffGet,
  vote,
  votes,
} from '../../support/staff.js';

type Built = Awaited<ReturnType<typeof buildTestApp>>;

/** The rows of the table of articles: title, language, votes, helpful share, reasons…, comments. */
function articleRows(html: string): string[][] {
  const doc = parseHtml(html);
  return doc
    .querySelectorAll('#articles tbody tr')
    .map((row) => [
      row.querySelector('th a, th span[lang]')?.text.trim() ?? '',
      row.querySelector('th .comment__language')?.text.trim() ?? '',
      ...row.querySelectorAll('td').map((cell) => cell.text.replace(/\s+/g, ' ').trim()),
    ]);
}

const password = 'eu-login-forgotten-password';
const diploma = 'diploma-supplement';

describe('the article feedback page', () => {
  let built: Built;
  let passwordEn = '';
  let passwordFr = '';
  let diplomaEn = '';
  const get = (url: string) => staffGet(built.app, url);

  beforeAll(async () => {
    built = await buildTestApp(staff);
    const title = (locale: 'en' | 'fr', id: string) =>
      built.services.content.repo.articleById(locale, id)?.title ?? '';
    [passwordEn, passwordFr, diplomaEn] = [
      title('en', password),
      title('fr', password),
      title('en', diploma),
    ];
    await saveVotes(built.services, [
      // English password: 6 votes, 3 helpful (50 %), two reasons, one comment.
      ...votes('en', password, 4, 3),
      vote({
        locale: 'en',
        articleId: password,
        reason: 'outdated',
        comment: 'Old screenshots',
        createdAt: daysAgo(1, 14),
      }),
      vote({ locale: 'en', articleId: password, reason: 'unclear', createdAt: daysAgo(2) }),
      // French password: 5 votes, 1 helpful (20 %).
      ...votes('fr', password, 5, 1),
      // English diploma: 2 votes, none helpful: 0 %, but too few votes to come first.
      vote({ locale: 'en', articleId: diploma, reason: 'not-answered', comment: '=cmd()' }),
      vote({ locale: 'en', articleId: diploma, reason: 'other', createdAt: daysAgo(3) }),
      // 40 days ago: only in the 90-day period.
      ...votes('en', 'why-use-2fa', 8, 8).map((v) => ({ ...v, createdAt: daysAgo(40) })),
    ]);
  });

  it('lists each article and language, least helpful first, too few votes last', async () => {
    expect(articleRows((await get('/admin/feedback')).text)).toEqual([
      [passwordFr, 'French', '5', '20%', '0', '0', '0', '0', '0'],
      [passwordEn, 'English', '6', '50%', '1', '1', '0', '0', '1'],
      [diplomaEn, 'English', '2', '0%', '0', '0', '1', '1', '1'],
    ]);
  });

  it('sorts by votes when asked, and keeps the period chosen', async () => {
    const rows = articleRows((await get('/admin/feedback?sort=votes&period=90')).text);
    expect(rows.map(([title, lang, count]) => [title, lang, count])).toEqual([
      ['Why should I use two-factor authentication (2FA)?', 'English', '8'],
      [passwordEn, 'English', '6'],
      [passwordFr, 'French', '5'],
      [diplomaEn, 'English', '2'],
    ]);
  });

  it('links each title to the public article in its language', async () => {
    const doc = parseHtml((await get('/admin/feedback')).text);
    const links = doc.querySelectorAll('#articles tbody th a');
    expect(links.map((a) => [a.getAttribute('href'), a.getAttribute('lang')])).toEqual([
      ['/fr/eu-login/mot-de-passe-eu-login-oublie', 'fr'],
      ['/en/eu-login/forgotten-eu-login-password', 'en'],
      ['/en/europass-templates/europass-diploma-supplement', 'en'],
    ]);
  });

  it('draws the answers and the reasons as charts beside their tables', async () => {
    const doc = parseHtml((await get('/admin/feedback')).text);
    expect(doc.querySelectorAll('svg.bar-chart')).toHaveLength(2);
    const reasons = doc
      .querySelectorAll('#table-reasons-caption ~ tbody tr')
      .map((row) => [
        row.querySelector('th')?.text,
        ...row.querySelectorAll('td').map((c) => c.text),
      ]);
    expect(reasons).toEqual([
      ['Out of date or wrong', '1', '11.1%'],
      ['Hard to understand', '1', '11.1%'],
      ['Did not answer the question', '1', '11.1%'],
      ['Something else', '1', '11.1%'],
      ['No reason given', '5', '55.6%'],
    ]);
    const summary = doc.querySelectorAll('.results-summary__number').map((n) => n.text);
    expect(summary).toEqual(['13', '30.8%', '3', '2']);
  });

  it('lists the comments newest first, with their article and reason, and narrows them to one', async () => {
    const doc = parseHtml((await get('/admin/feedback')).text);
    const comments = doc.querySelectorAll('#comments .comment');
    expect(comments.map((c) => c.querySelector('.comment__text')?.text)).toEqual([
      'Old screenshots',
      '=cmd()',
    ]);
    expect(comments[0]?.querySelector('.comment__about a')?.getAttribute('href')).toBe(
      '/en/eu-login/forgotten-eu-login-password',
    );
    expect(comments[0]?.querySelector('.comment__note')?.text).toBe('Out of date or wrong');

    const narrow = doc.querySelector('#articles tbody tr:nth-child(3) td:last-child a');
    expect(narrow?.getAttribute('href')).toBe(
      `/admin/feedback?lang=en&locale=en&article=${diploma}#comments`,
    );
    const narrowed = parseHtml((await get(narrow?.getAttribute('href') ?? '')).text);
    expect(narrowed.querySelectorAll('#comments .comment__text').map((c) => c.text)).toEqual([
      '=cmd()',
    ]);
    expect(narrowed.querySelector('.staff-narrowed a:last-child')?.getAttribute('href')).toBe(
      '/admin/feedback?lang=en#comments',
    );
  });

  it('is in French with ?lang=fr, numbers included', async () => {
    const res = await get('/admin/feedback?lang=fr');
    const doc = parseHtml(res.text);
    expect(doc.querySelector('h1')?.text).toBe('Avis sur les articles');
    expect(articleRows(res.text)[0]?.slice(0, 4)).toEqual([passwordFr, 'Français', '5', '20 %']);
  });
});

describe('article feedback paging', () => {
  let built: Built;
  const get = (url: string) => staffGet(built.app, url);

  beforeAll(async () => {
    built = await buildTestApp(staff);
    // 30 articles with a comment each: two pages of 25 articles, two of 20 comments.
    const ids = [
      ...built.services.content.repo.articles('en'),
      ...built.services.content.repo.articles('fr'),
    ].slice(0, 30);
    await saveVotes(
      built.services,
      ids.map((article, i) =>
        vote({
          locale: article.locale,
          articleId: article.id,
          comment: `Comment ${i + 1}`,
          createdAt: daysAgo(1, i % 24),
        }),
      ),
    );
  });

  it('shows 25 articles and 20 comments a page, each with its own page links', async () => {
    const first = parseHtml((await get('/admin/feedback')).text);
    expect(first.querySelectorAll('#articles tbody tr')).toHaveLength(25);
    expect(first.querySelectorAll('#comments .comment')).toHaveLength(20);
    const next = (section: string) =>
      first.querySelector(`#${section} a[rel="next"]`)?.getAttribute('href');
    expect(next('articles')).toBe('/admin/feedback?lang=en&page=2#articles');
    expect(next('comments')).toBe('/admin/feedback?lang=en&cpage=2#comments');

    const second = parseHtml((await get('/admin/feedback?page=2&cpage=2')).text);
    expect(second.querySelectorAll('#articles tbody tr')).toHaveLength(5);
    expect(second.querySelectorAll('#comments .comment')).toHaveLength(10);
    // Each list keeps the other's page in its links.
    expect(second.querySelector('#comments a[rel="prev"]')?.getAttribute('href')).toBe(
      '/admin/feedback?lang=en&page=2#comments',
    );
  });

  it('shows the last page for a page past the end', async () => {
    const doc = parseHtml((await get('/admin/feedback?page=9&cpage=9')).text);
    expect(visibleText(doc.querySelector('#articles [aria-current="page"]'))).toBe('2');
    expect(visibleText(doc.querySelector('#comments [aria-current="page"]'))).toBe('2');
  });
});

describe('votes as CSV', () => {
  let built: Built;

  beforeAll(async () => {
    built = await buildTestApp(staff);
    // Stored as they would be, in the order they were given.
    await saveVotes(built.services, [
      vote({ locale: 'en', articleId: diploma, createdAt: daysAgo(45, 10), reason: 'other' }),
      vote({ locale: 'fr', articleId: password, createdAt: daysAgo(3, 8), helpful: true }),
      vote({
        locale: 'en',
        articleId: diploma,
        createdAt: daysAgo(2, 9),
        reason: 'unclear',
        comment: '=HYPERLINK("x"), "quoted"',
      }),
    ]);
  });

  it('downloads one row per vote of the period, oldest first, uncached', async () => {
    const res = await staffDownload(built.app, '/admin/feedback.csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="feedback-votes-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(res.headers['cache-control']).toBe('no-store');
    const text = res.body as string;
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(parseCsv(text.slice(1))).toEqual([
      ['created_at', 'locale', 'article_id', 'helpful', 'reason', 'comment'],
      [daysAgo(3, 8), 'fr', password, 'yes', '', ''],
      [daysAgo(2, 9), 'en', diploma, 'no', 'unclear', '\'=HYPERLINK("x"), "quoted"'],
    ]);
  });

  it('covers the period asked for', async () => {
    const rows = parseCsv(
      (await staffDownload(built.app, '/admin/feedback.csv?period=90')).body as string,
    );
    expect(rows).toHaveLength(4);
    expect(rows[1]?.[0]).toBe(daysAgo(45, 10));
  });
});

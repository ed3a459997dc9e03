// "Was this helpful?": what a vote stores, where it leads, and what a wrong one gets back.
import type { Response } from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { voteCommentMaxLength, type Vote } from '../../../src/feedback/store.js';
import type { Translate } from '../../../src/i18n/index.js';
import { locales, type Locale } from '../../../src/i18n/locales.js';
import { buildTestApp } from '../../support/app.js';
import { setCookieHeaders } from '../../support/cookies.js';
import { postVote, storedVotes, thanksUrl, voted } from '../../support/feedback-flow.js';
import { parseHtml } from '../../support/html.js';
import { iso } from '../../support/survey-flow.js';

let site: Awaited<ReturnType<typeof buildTestApp>>;
let t: Record<Locale, Translate>;

beforeAll(async () => {
  site = await buildTestApp({ FEEDBACK_RATE_LIMIT: '0' });
  t = { en: site.services.i18n.t('en'), fr: site.services.i18n.t('fr') };
});

/** Runs a request and says how many votes it added. */
async function added(run: () => Promise<Response>): Promise<{ res: Response; votes: Vote[] }> {
  const before = (await storedVotes(site.services)).length;
  const res = await run();
  return { res, votes: (await storedVotes(site.services)).slice(before) };
}

const json = { Accept: 'application/json' };
/** A comment of n characters as visitors count them: "é" and "🙂" are one each. */
const comment = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 ? '🙂' : 'é')).join('');

describe('a vote', () => {
  it.each(locales)('stores a %s Yes and sends the visitor to the thanks (303)', async (locale) => {
    const { res, votes } = await added(() => postVote(site.app, locale, { helpful: 'yes' }));
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(thanksUrl(locale));
    expect(res.headers['cache-control']).toBe('no-store');
    expect(setCookieHeaders(res)).toEqual([]);
    expect(votes).toEqual([
      {
        createdAt: expect.stringMatching(iso) as string,
        locale,
        articleId: voted.id,
        helpful: true,
        reason: null,
        comment: null,
      },
    ]);
    expect(Date.now() - Date.parse(votes[0]?.createdAt ?? '')).toBeLessThan(60_000);
  });

  it.each(locales)('stores a %s No with its reason and comment, as typed', async (locale) => {
    const typed = '  The steps changed:\r\nthe button is now "Reset".  ';
    const { res, votes } = await added(() =>
      postVote(site.app, locale, { helpful: 'no', reason: 'outdated', comment: typed }),
    );
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(thanksUrl(locale));
    expect(votes).toHaveLength(1);
    expect(votes[0]).toMatchObject({
      locale,
      articleId: voted.id,
      helpful: false,
      reason: 'outdated',
      // Line breaks as one character, as the character count counts them; no spaces around.
      comment: 'The steps changed:\nthe button is now "Reset".',
    });
  });

  it('stores a No without reason or comment as such', async () => {
    const { votes } = await added(() =>
      postVote(site.app, 'en', { helpful: 'no', reason: '', comment: '   ' }),
    );
    expect(votes).toMatchObject([{ helpful: false, reason: null, comment: null }]);
  });

  it('drops a reason and comment typed before the visitor pressed Yes after all', async () => {
    const { votes } = await added(() =>
      postVote(site.app, 'fr', { helpful: 'yes', reason: 'unclear', comment: 'Mon adresse…' }),
    );
    expect(votes).toMatchObject([{ helpful: true, reason: null, comment: null }]);
  });

  it('takes a comment of exactly the limit, counted in characters', async () => {
    const text = comment(voteCommentMaxLength);
    expect([...text]).toHaveLength(voteCommentMaxLength);
    expect(text.length).toBeGreaterThan(voteCommentMaxLength); // more UTF-16 units than characters
    const { res, votes } = await added(() =>
      postVote(site.app, 'en', { helpful: 'no', comment: text }),
    );
    expect(res.status).toBe(303);
    expect(votes[0]?.comment).toBe(text);
  });
});

describe('a comment over the limit', () => {
  it.each(locales)(
    'shows the %s article again with the error pattern (400), keeping what was typed',
    async (locale) => {
      const typed = `${comment(voteCommentMaxLength + 1)} <b>{{7*7}}</b>`;
      const { res, votes } = await added(() =>
        postVote(site.app, locale, { helpful: 'no', reason: 'unclear', comment: typed }),
      );
      expect(votes).toEqual([]);
      expect(res.status).toBe(400);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(setCookieHeaders(res)).toEqual([]);
      const doc = parseHtml(res.text);
      const tr = t[locale];
      const message = tr('feedback.errors.commentTooLong', { max: '500' });
      expect(doc.querySelector('title')?.text).toMatch(new RegExp(`^${tr('survey.errorPrefix')} `));
      expect(doc.querySelector('h1')?.text).toBe(
        site.services.content.repo.articleById(locale, voted.id)?.title,
      );
      // The summary at the top of the page links to the field, which says what is wrong.
      const summary = doc.querySelector('main > .error-summary');
      expect(summary?.querySelector('h2')?.text).toBe(tr('survey.errorSummaryTitle'));
      const link = summary?.querySelector('a');
      expect(link?.getAttribute('href')).toBe('#feedback-comment');
      expect(link?.text).toBe(message);
      const field = doc.querySelector('#feedback-comment');
      expect(field?.tagName).toBe('TEXTAREA');
      expect(field?.getAttribute('name')).toBe('comment');
      expect(field?.getAttribute('aria-describedby')).toContain('feedback-comment-error');
      expect(doc.querySelector('#feedback-comment-error')?.text).toContain(message);
      // What was typed comes back as text, never as markup.
      expect(field?.text).toBe(typed);
      expect(doc.querySelector('#feedback b')).toBeNull();
      expect(doc.querySelector('.feedback__no')?.hasAttribute('open')).toBe(true);
      expect(doc.querySelector('input[name="reason"][checked]')?.getAttribute('value')).toBe(
        'unclear',
      );
    },
  );
});

describe('a vote no form of ours could send', () => {
  const invalid: [string, Record<string, string | string[] | undefined>][] = [
    ['an unknown article', { article: 'no-such-article', helpful: 'yes' }],
    ['no article', { article: undefined, helpful: 'yes' }],
    ['no answer', { helpful: undefined }],
    ['an answer other than yes or no', { helpful: 'maybe' }],
    ['two answers', { helpful: ['yes', 'no'] }],
    ['a reason not in the list', { helpful: 'no', reason: 'boring' }],
    ['two comments', { helpful: 'no', comment: ['a', 'b'] }],
  ];

  it.each(locales.flatMap((locale) => invalid.map(([name, fields]) => ({ locale, name, fields }))))(
    '$locale, $name: a localized 400, nothing stored',
    async ({ locale, name, fields }) => {
      const { res, votes } = await added(() => postVote(site.app, locale, fields));
      expect(votes).toEqual([]);
      expect(res.status).toBe(400);
      expect(res.headers['cache-control']).toBe('no-store');
      const doc = parseHtml(res.text);
      expect(doc.querySelector('html')?.getAttribute('lang')).toBe(locale);
      expect(doc.querySelector('h1')?.text).toBe(t[locale]('errors.voteInvalid.title'));
      // Back to the answer when the vote named one, else the home page only.
      const back = doc.querySelector(`main a.button`)?.getAttribute('href');
      expect(back).toBe(name.includes('article') ? undefined : voted.path[locale]);
    },
  );
});

describe('answers for the page script (Accept: application/json)', () => {
  it.each(locales)(
    'gives the %s thanks section in place of the form, once stored',
    async (locale) => {
      const { res, votes } = await added(() =>
        postVote(site.app, locale, { helpful: 'yes' }, json),
      );
      expect(res.status).toBe(200);
      expect(res.type).toBe('application/json');
      expect(votes).toHaveLength(1);
      const section = parseHtml((res.body as { html: string }).html);
      expect(section.querySelector('section#feedback')).not.toBeNull();
      expect(section.querySelector('h2')?.text).toBe(t[locale]('feedback.thanks.title'));
      expect(section.querySelector('form')).toBeNull();
    },
  );

  it('gives the section with its error summary for a comment over the limit', async () => {
    const typed = comment(voteCommentMaxLength + 5);
    const { res, votes } = await added(() =>
      postVote(site.app, 'fr', { helpful: 'no', comment: typed }, json),
    );
    expect(votes).toEqual([]);
    expect(res.status).toBe(400);
    const body = res.body as { error: string; errors: string[]; html: string };
    expect(body.error).toBe(t.fr('survey.errorSummaryTitle'));
    expect(body.errors).toEqual([t.fr('feedback.errors.commentTooLong', { max: '500' })]);
    const section = parseHtml(body.html);
    expect(section.querySelector('#feedback > .error-summary a')?.getAttribute('href')).toBe(
      '#feedback-comment',
    );
    expect(section.querySelector('#feedback-comment')?.text).toBe(typed);
  });

  it('gives other errors as a localized message, storing nothing', async () => {
    const { res, votes } = await added(() =>
      postVote(site.app, 'fr', { helpful: 'peut-être' }, json),
    );
    expect(votes).toEqual([]);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      error: t.fr('errors.voteInvalid.title'),
      message: t.fr('errors.voteInvalid.body'),
    });
  });
});

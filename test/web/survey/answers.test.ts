// Answering the survey: what is stored, how, and what is never kept.
import Database from 'better-sqlite3';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import request, { type Response } from 'supertest';
import { describe, expect, it } from 'vitest';
import { locales } from '../../../src/i18n/locales.js';
import { parseHtml } from '../../support/html.js';
import {
  answers,
  banner,
  iso,
  openForm,
  submit,
  useSurveySite,
} from '../../support/survey-flow.js';
import { cookie } from '../../support/cookies.js';

const flow = useSurveySite();
const { stored, storedCount, t } = flow;

describe('answering the survey', () => {
  it.each(locales)(
    'stores a valid %s submission with its language and page of origin, then redirects 303 to the thank-you page',
    async (locale) => {
      const agent = request.agent(flow.site.app);
      const from = locale === 'en' ? '/en/eu-login' : '/fr/modeles-europass';
      const form = await openForm(agent, locale, `?from=${encodeURIComponent(from)}`);
      expect(form.from).toBe(from);
      expect(form.submission).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
      );

      const before = new Date().toISOString();
      const res = await submit(agent, locale, form, answers({ topic: 'europass-templates' }));
      const after = new Date().toISOString();

      expect(res.status).toBe(303);
      expect(res.headers.location).toBe(`/${locale}/survey/thanks`);
      expect(cookie(res, 'survey_invitation')).toMatch(/^survey_invitation=hidden;/);
      const rows = await stored(form.submission);
      expect(rows).toEqual([
        {
          submissionId: form.submission,
          locale,
          createdAt: expect.stringMatching(iso) as string,
          answers: {
            satisfaction: '4',
            found: 'partly',
            topic: 'europass-templates',
            ease: '5',
            improve: 'More screenshots of the EU Login app, please.',
          },
          fromPath: from,
        },
      ]);
      const createdAt = rows[0]?.createdAt ?? '';
      expect(createdAt >= before && createdAt <= after).toBe(true);
    },
  );

  it.each(locales)(
    'offers no link to the survey just answered on the %s thank-you page',
    async (locale) => {
      const doc = parseHtml((await request(flow.site.app).get(`/${locale}/survey/thanks`)).text);
      const links = doc.querySelectorAll('a').map((a) => a.getAttribute('href')?.split('?')[0]);
      expect(links).not.toContain(`/${locale}/survey`);
      // Other pages still offer it in their footer.
      const home = parseHtml((await request(flow.site.app).get(`/${locale}/`)).text);
      expect(home.querySelectorAll('.site-footer a').map((a) => a.getAttribute('href'))).toContain(
        `/${locale}/survey`,
      );
    },
  );

  it.each(locales)(
    'shows the %s thank-you page without the survey banner, even to a new visitor',
    async (locale) => {
      for (const res of [
        await request(flow.site.app).get(`/${locale}/survey/thanks`),
        await request(flow.site.app)
          .get(`/${locale}/survey/thanks`)
          .set('Cookie', 'survey_invitation=hidden'),
      ]) {
        expect(res.status).toBe(200);
        const doc = parseHtml(res.text);
        expect(doc.querySelector('html')?.getAttribute('lang')).toBe(locale);
        expect(doc.querySelector('h1')?.text).toBe(t(locale, 'survey.thanks.title'));
        expect(banner(doc)).toBeNull();
      }
    },
  );

  it('stores an empty optional comment as no comment', async () => {
    const agent = request.agent(flow.site.app);
    const form = await openForm(agent, 'en');
    const res = await submit(agent, 'en', form, answers({ improve: '  ' }));
    expect(res.status).toBe(303);
    expect((await stored(form.submission))[0]?.answers.improve).toBeNull();
  });

  it('does not keep a page of origin that is not a page of this site', async () => {
    const agent = request.agent(flow.site.app);
    const evil = await openForm(agent, 'en', '?from=https%3A%2F%2Fevil.example%2F');
    expect(evil.from).toBe('');
    const form = { ...evil, from: '//evil.example' };
    expect((await submit(agent, 'en', form, answers())).status).toBe(303);
    expect((await stored(form.submission))[0]?.fromPath).toBeNull();
  });

  it('keeps no IP address, user agent or other detail about the visitor', async () => {
    const agent = request.agent(flow.site.app);
    const marker = 'SurveyPrivacyProbe/7.3';
    const form = await openForm(agent, 'fr');
    const res = await submit(agent, 'fr', form, answers()).set('User-Agent', marker);
    expect(res.status).toBe(303);

    const db = new Database(path.join(flow.site.config.dataDir, 'survey.sqlite'), {
      readonly: true,
    });
    const columns = db.prepare('PRAGMA table_info(responses)').all() as { name: string }[];
    db.close();
    expect(columns.map((c) => c.name)).toEqual([
      'id',
      'submission_id',
      'locale',
      'created_at',
      'answers',
      'from_path',
    ]);
    // Nothing of the request reaches the disk, in the database or its write-ahead log.
    const entries = await readdir(flow.site.config.dataDir, {
      recursive: true,
      withFileTypes: true,
    });
    for (const entry of entries.filter((e) => e.isFile())) {
      const file = path.join(entry.parentPath, entry.name);
      const bytes = await readFile(file, 'latin1');
      expect(bytes, file).not.toContain(marker);
      expect(bytes, file).not.toContain('127.0.0.1');
    }
  });

  it('accepts a comment of exactly 2,000 characters', async () => {
    const agent = request.agent(flow.site.app);
    const form = await openForm(agent, 'en');
    const res = await submit(agent, 'en', form, answers({ improve: 'a'.repeat(2000) }));
    expect(res.status).toBe(303);
    expect((await stored(form.submission))[0]?.answers.improve).toHaveLength(2000);
  });

  it('counts a Windows line break (CRLF) as one character', async () => {
    const agent = request.agent(flow.site.app);
    const form = await openForm(agent, 'fr');
    const improve = `${'a'.repeat(999)}\r\n${'b'.repeat(1000)}`;
    const res = await submit(agent, 'fr', form, answers({ improve }));
    expect(res.status).toBe(303);
    expect((await stored(form.submission))[0]?.answers.improve).toBe(
      `${'a'.repeat(999)}\n${'b'.repeat(1000)}`,
    );
  });

  it('ignores fields it does not know', async () => {
    const agent = request.agent(flow.site.app);
    const form = await openForm(agent, 'en');
    const res = await submit(agent, 'en', form, { ...answers(), extra: '1', admin: 'true' });
    expect(res.status).toBe(303);
    expect((await stored(form.submission))[0]?.answers).toEqual({
      satisfaction: '4',
      found: 'partly',
      topic: 'eu-login',
      ease: '5',
      improve: 'More screenshots of the EU Login app, please.',
    });
  });

  it('stores one response when the same form is sent twice, and thanks both times', async () => {
    const agent = request.agent(flow.site.app);
    const form = await openForm(agent, 'en');
    const first = await submit(agent, 'en', form, answers({ satisfaction: '2' }));
    const second = await submit(agent, 'en', form, answers({ satisfaction: '5' }));
    expect([first.status, second.status]).toEqual([303, 303]);
    expect(second.headers.location).toBe('/en/survey/thanks');
    const rows = await stored(form.submission);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.answers.satisfaction).toBe('2');
  });

  it('stores one response when a double click sends the form twice at once', async () => {
    const agent = request.agent(flow.site.app);
    const form = await openForm(agent, 'fr');
    const both = await Promise.all([
      submit(agent, 'fr', form, answers()),
      submit(agent, 'fr', form, answers()),
    ]);
    expect(both.map((res) => res.status)).toEqual([303, 303]);
    expect(await stored(form.submission)).toHaveLength(1);
  });

  it('stores a form whose submission id is not a UUID under a fresh id', async () => {
    const agent = request.agent(flow.site.app);
    const form = await openForm(agent, 'en');
    const before = await storedCount();
    const res = await submit(agent, 'en', { ...form, submission: "x' OR 1=1 --" }, answers());
    expect(res.status).toBe(303);
    expect(await storedCount()).toBe(before + 1);
    expect(await stored("x' OR 1=1 --")).toEqual([]);
  });

  it('thanks a bot that fills the hidden website field, but stores nothing', async () => {
    const agent = request.agent(flow.site.app);
    const form = await openForm(agent, 'fr');
    const before = await storedCount();
    const res = await submit(agent, 'fr', form, answers({ website: 'https://spam.example' }));
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/fr/survey/thanks');
    expect(await storedCount()).toBe(before);
    expect(await stored(form.submission)).toEqual([]);
  });

  it('gives every rendering of the form a fresh CSRF token', async () => {
    const agent = request.agent(flow.site.app);
    const first = await openForm(agent, 'en');
    const second = await openForm(agent, 'en');
    expect(first.token).not.toBe('');
    expect(second.token).not.toBe(first.token);
    expect(second.submission).not.toBe(first.submission);
    expect((await submit(agent, 'en', second, answers())).status).toBe(303);
  });

  it('loads the live character count, set to the 2,000-character limit', async () => {
    const doc = parseHtml((await request(flow.site.app).get('/fr/survey')).text);
    expect(doc.querySelector('script[src^="/assets/js/survey."]')).not.toBeNull();
    expect(doc.querySelector('[data-character-count]')?.getAttribute('data-maxlength')).toBe(
      '2000',
    );
    expect(doc.getElementById('improve-info')?.text).toBe(
      'Vous pouvez saisir jusqu’à 2\u202f000 caractères', // narrow no-break space, as in French
    );
  });

  it('keeps the survey and thank-you pages out of every cache and search engine', async () => {
    const agent = request.agent(flow.site.app);
    const form = await openForm(agent, 'en');
    const pages: [string, Response][] = [
      ['GET /en/survey', await agent.get('/en/survey')],
      ['GET /fr/survey', await agent.get('/fr/survey')],
      ['invalid POST', await submit(agent, 'en', form, answers({ found: undefined }))],
      ['GET /en/survey/thanks', await agent.get('/en/survey/thanks')],
      ['GET /fr/survey/thanks', await agent.get('/fr/survey/thanks')],
    ];
    for (const [label, res] of pages) {
      expect(res.headers['cache-control'], label).toContain('no-store');
      const robots = parseHtml(res.text).querySelector('meta[name="robots"]');
      expect(robots?.getAttribute('content'), label).toBe('noindex');
    }
  });
});

/** Invalid answers, each with the question it concerns and the message it must show. */

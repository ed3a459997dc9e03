import Database from 'better-sqlite3';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import request, { type Response } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales, type Locale } from '../../src/i18n/locales.js';
import type { SurveyResponse } from '../../src/survey/questions.js';
import { articlePath, categoryPath, homePath, searchPath } from '../../src/web/urls.js';
import { buildTestApp } from '../support/app.js';
import { parseHtml } from '../support/html.js';

// This file is long on purpose: it is the one place that walks the visitor's whole survey
// flow (form, errors, abuse defences, banner) through the real app, in both languages.

type Built = Awaited<ReturnType<typeof buildTestApp>>;
type Agent = ReturnType<typeof request.agent>;
type Fields = Record<string, string | string[] | undefined>;

const built: Built[] = [];
let site: Built;

/** A real app with its own empty survey database, closed and removed after the file. */
async function buildSite(env: Record<string, string> = {}): Promise<Built> {
  const app = await buildTestApp(env);
  built.push(app);
  return app;
}

beforeAll(async () => {
  // The suite posts far more than the default 10 forms from one address.
  site = await buildSite({ SURVEY_RATE_LIMIT: '1000' });
});

afterAll(async () => {
  for (const { services, config } of built) {
    await services.surveyStore.close();
    await rm(config.dataDir, { recursive: true, force: true });
  }
});

const radioQuestions = ['satisfaction', 'found', 'topic', 'ease'] as const;
const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** A complete, valid set of answers, with some replaced (undefined leaves a field out). */
const answers = (changes: Fields = {}): Fields => ({
  satisfaction: '4',
  found: 'partly',
  topic: 'eu-login',
  ease: '5',
  improve: 'More screenshots of the EU Login app, please.',
  ...changes,
});

interface FormPage {
  doc: HTMLElement;
  token: string;
  submission: string;
  from: string;
}

function formOf(html: string): FormPage {
  const doc = parseHtml(html);
  const hidden = (name: string) =>
    doc.querySelector(`form.survey-form input[name="${name}"]`)?.getAttribute('value') ?? '';
  return { doc, token: hidden('_csrf'), submission: hidden('submission'), from: hidden('from') };
}

async function openForm(agent: Agent, locale: Locale, query = ''): Promise<FormPage> {
  const res = await agent.get(`/${locale}/survey${query}`);
  expect(res.status).toBe(200);
  return formOf(res.text);
}

function encode(fields: Fields): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const one of value === undefined ? [] : [value].flat()) params.append(name, one);
  }
  return params.toString();
}

/** Posts the form as a browser would: the hidden fields of the page, then the answers. */
function submit(agent: Agent, locale: Locale, form: FormPage, fields: Fields) {
  const hidden = { _csrf: form.token, submission: form.submission, from: form.from, website: '' };
  return agent
    .post(`/${locale}/survey`)
    .type('form')
    .send(encode({ ...hidden, ...fields }));
}

const storedCount = async (on = site) => (await on.services.surveyStore.summary({})).total;

async function stored(submissionId: string, on = site): Promise<SurveyResponse[]> {
  const rows: SurveyResponse[] = [];
  for await (const row of on.services.surveyStore.responses({})) {
    if (row.submissionId === submissionId) rows.push(row);
  }
  return rows;
}

function cookie(res: Response, name: string): string | undefined {
  const header = res.headers['set-cookie'] as unknown as string[] | undefined;
  return header?.find((c) => c.startsWith(`${name}=`));
}

const title = (doc: HTMLElement) => doc.querySelector('title')?.text ?? '';
const checked = (doc: HTMLElement, name: string) =>
  doc.querySelector(`input[name="${name}"][checked]`)?.getAttribute('value');
const banner = (doc: HTMLElement) => doc.querySelector('.survey-banner');
const t = (locale: Locale, key: string) => site.services.i18n.t(locale)(key);

describe('answering the survey', () => {
  it.each(locales)(
    'stores a valid %s submission with its language and page of origin, then redirects 303 to the thank-you page',
    async (locale) => {
      const agent = request.agent(site.app);
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
          createdAt: expect.stringMatching(iso),
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
    'shows the %s thank-you page without the survey banner, even to a new visitor',
    async (locale) => {
      for (const res of [
        await request(site.app).get(`/${locale}/survey/thanks`),
        await request(site.app)
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
    const agent = request.agent(site.app);
    const form = await openForm(agent, 'en');
    const res = await submit(agent, 'en', form, answers({ improve: '  ' }));
    expect(res.status).toBe(303);
    expect((await stored(form.submission))[0]?.answers.improve).toBeNull();
  });

  it('does not keep a page of origin that is not a page of this site', async () => {
    const agent = request.agent(site.app);
    const evil = await openForm(agent, 'en', '?from=https%3A%2F%2Fevil.example%2F');
    expect(evil.from).toBe('');
    const form = { ...evil, from: '//evil.example' };
    expect((await submit(agent, 'en', form, answers())).status).toBe(303);
    expect((await stored(form.submission))[0]?.fromPath).toBeNull();
  });

  it('keeps no IP address, user agent or other detail about the visitor', async () => {
    const agent = request.agent(site.app);
    const marker = 'SurveyPrivacyProbe/7.3';
    const form = await openForm(agent, 'fr');
    const res = await submit(agent, 'fr', form, answers()).set('User-Agent', marker);
    expect(res.status).toBe(303);

    const db = new Database(path.join(site.config.dataDir, 'survey.sqlite'), { readonly: true });
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
    const entries = await readdir(site.config.dataDir, { recursive: true, withFileTypes: true });
    for (const entry of entries.filter((e) => e.isFile())) {
      const file = path.join(entry.parentPath, entry.name);
      const bytes = await readFile(file, 'latin1');
      expect(bytes, file).not.toContain(marker);
      expect(bytes, file).not.toContain('127.0.0.1');
    }
  });

  it('accepts a comment of exactly 2,000 characters', async () => {
    const agent = request.agent(site.app);
    const form = await openForm(agent, 'en');
    const res = await submit(agent, 'en', form, answers({ improve: 'a'.repeat(2000) }));
    expect(res.status).toBe(303);
    expect((await stored(form.submission))[0]?.answers.improve).toHaveLength(2000);
  });

  it('counts a Windows line break (CRLF) as one character', async () => {
    const agent = request.agent(site.app);
    const form = await openForm(agent, 'fr');
    const improve = `${'a'.repeat(999)}\r\n${'b'.repeat(1000)}`;
    const res = await submit(agent, 'fr', form, answers({ improve }));
    expect(res.status).toBe(303);
    expect((await stored(form.submission))[0]?.answers.improve).toBe(
      `${'a'.repeat(999)}\n${'b'.repeat(1000)}`,
    );
  });

  it('ignores fields it does not know', async () => {
    const agent = request.agent(site.app);
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
    const agent = request.agent(site.app);
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
    const agent = request.agent(site.app);
    const form = await openForm(agent, 'fr');
    const both = await Promise.all([
      submit(agent, 'fr', form, answers()),
      submit(agent, 'fr', form, answers()),
    ]);
    expect(both.map((res) => res.status)).toEqual([303, 303]);
    expect(await stored(form.submission)).toHaveLength(1);
  });

  it('stores a form whose submission id is not a UUID under a fresh id', async () => {
    const agent = request.agent(site.app);
    const form = await openForm(agent, 'en');
    const before = await storedCount();
    const res = await submit(agent, 'en', { ...form, submission: "x' OR 1=1 --" }, answers());
    expect(res.status).toBe(303);
    expect(await storedCount()).toBe(before + 1);
    expect(await stored("x' OR 1=1 --")).toEqual([]);
  });

  it('thanks a bot that fills the hidden website field, but stores nothing', async () => {
    const agent = request.agent(site.app);
    const form = await openForm(agent, 'fr');
    const before = await storedCount();
    const res = await submit(agent, 'fr', form, answers({ website: 'https://spam.example' }));
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/fr/survey/thanks');
    expect(await storedCount()).toBe(before);
    expect(await stored(form.submission)).toEqual([]);
  });

  it('gives every rendering of the form a fresh CSRF token', async () => {
    const agent = request.agent(site.app);
    const first = await openForm(agent, 'en');
    const second = await openForm(agent, 'en');
    expect(first.token).not.toBe('');
    expect(second.token).not.toBe(first.token);
    expect(second.submission).not.toBe(first.submission);
    expect((await submit(agent, 'en', second, answers())).status).toBe(303);
  });

  it('loads the live character count, set to the 2,000-character limit', async () => {
    const doc = parseHtml((await request(site.app).get('/fr/survey')).text);
    expect(doc.querySelector('script[src^="/assets/js/survey."]')).not.toBeNull();
    expect(doc.querySelector('[data-character-count]')?.getAttribute('data-maxlength')).toBe(
      '2000',
    );
    expect(doc.getElementById('improve-info')?.text).toBe(
      'Vous pouvez saisir jusqu’à 2\u202f000 caractères', // narrow no-break space, as in French
    );
  });

  it('keeps the survey and thank-you pages out of every cache and search engine', async () => {
    const agent = request.agent(site.app);
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
const invalidAnswers: {
  what: string;
  fields: Fields;
  question: string;
  anchor: string;
  message: string;
}[] = [
  {
    what: 'a missing answer',
    fields: { satisfaction: undefined },
    question: 'satisfaction',
    anchor: 'satisfaction-1',
    message: 'survey.questions.satisfaction.errors.required',
  },
  {
    what: 'a value outside the scale (satisfaction=6)',
    fields: { satisfaction: '6' },
    question: 'satisfaction',
    anchor: 'satisfaction-1',
    message: 'survey.errors.invalid',
  },
  {
    what: 'a topic that is not offered (topic=nope)',
    fields: { topic: 'nope' },
    question: 'topic',
    anchor: 'topic-1',
    message: 'survey.errors.invalid',
  },
  {
    what: 'two answers to one question (found=yes&found=no)',
    fields: { found: ['yes', 'no'] },
    question: 'found',
    anchor: 'found-1',
    message: 'survey.errors.repeated',
  },
  {
    what: 'a comment of 2,001 characters',
    fields: { improve: 'x'.repeat(2001) },
    question: 'improve',
    anchor: 'improve',
    message: 'survey.questions.improve.errors.tooLong',
  },
  {
    what: 'a comment of 2,001 characters with a CRLF line break',
    fields: { improve: `${'x'.repeat(1000)}\r\n${'y'.repeat(1000)}` },
    question: 'improve',
    anchor: 'improve',
    message: 'survey.questions.improve.errors.tooLong',
  },
];

describe('a form with a problem', () => {
  describe.each(locales)('in %s', (locale) => {
    it.each(invalidAnswers)(
      'answers $what with 400, the error summary and the message, keeping the other answers',
      async ({ fields, question, anchor, message }) => {
        const agent = request.agent(site.app);
        const form = await openForm(agent, locale, `?from=%2F${locale}%2Feu-login`);
        const before = await storedCount();
        const sent = answers(fields);
        const res = await submit(agent, locale, form, sent);

        expect(res.status).toBe(400);
        expect(await storedCount()).toBe(before);
        const page = formOf(res.text);
        const { doc } = page;
        expect(title(doc).startsWith(`${t(locale, 'survey.errorPrefix')} `)).toBe(true);
        expect(doc.querySelector('.error-summary__title')?.text).toBe(
          t(locale, 'survey.errorSummaryTitle'),
        );
        const links = doc.querySelectorAll('.error-summary__list a');
        expect(links.map((a) => [a.getAttribute('href'), a.text])).toEqual([
          [`#${anchor}`, t(locale, message)],
        ]);
        expect(doc.getElementById(anchor)).not.toBeNull();
        expect(doc.getElementById(`${question}-error`)?.text).toContain(t(locale, message));

        for (const other of radioQuestions.filter((q) => q !== question)) {
          expect(checked(doc, other), other).toBe(sent[other]);
        }
        expect(doc.querySelector('textarea#improve')?.text).toBe(sent.improve);
        expect(doc.querySelector('html')?.getAttribute('lang')).toBe(locale);
        expect(banner(doc)).toBeNull();
        // The corrected form is still the same submission, from the same page.
        expect(page.submission).toBe(form.submission);
        expect(page.from).toBe(`/${locale}/eu-login`);
      },
    );
  });

  it('lists every unanswered question in order, with the English messages', async () => {
    const agent = request.agent(site.app);
    const form = await openForm(agent, 'en');
    const res = await submit(agent, 'en', form, {});
    expect(res.status).toBe(400);
    const doc = parseHtml(res.text);
    expect(title(doc)).toMatch(/^Error: Help us improve the help centre – /);
    expect(
      doc.querySelectorAll('.error-summary__list a').map((a) => [a.getAttribute('href'), a.text]),
    ).toEqual([
      ['#satisfaction-1', 'Select how satisfied you are with the help centre'],
      ['#found-1', 'Select whether you found what you were looking for'],
      ['#topic-1', 'Select the topic that brought you here'],
      ['#ease-1', 'Select how easy it was to find what you were looking for'],
    ]);
    for (const link of doc.querySelectorAll('.error-summary__list a')) {
      const id = link.getAttribute('href')?.slice(1) ?? '';
      expect(doc.getElementById(id)?.getAttribute('type'), id).toBe('radio');
    }
  });

  it('lists every unanswered question in order, with the French messages', async () => {
    const agent = request.agent(site.app);
    const form = await openForm(agent, 'fr');
    const res = await submit(agent, 'fr', form, { improve: 'Rien' });
    expect(res.status).toBe(400);
    const doc = parseHtml(res.text);
    expect(title(doc)).toMatch(/^Erreur\u00a0: Aidez-nous à améliorer le centre d’aide – /);
    expect(doc.querySelectorAll('.error-summary__list a').map((a) => a.text)).toEqual([
      'Indiquez votre degré de satisfaction à l’égard du centre d’aide',
      'Indiquez si vous avez trouvé ce que vous cherchiez',
      'Choisissez le thème qui vous a amené(e) ici',
      'Indiquez s’il a été facile de trouver ce que vous cherchiez',
    ]);
    expect(doc.getElementById('satisfaction-error')?.text).toContain('Erreur\u00a0:');
  });

  it('gives back the comment exactly as typed, markup escaped', async () => {
    const agent = request.agent(site.app);
    const form = await openForm(agent, 'en');
    const improve = '<b>bold</b> & "quotes" <script>alert(1)</script>\nsecond line';
    const res = await submit(agent, 'en', form, answers({ ease: undefined, improve }));
    expect(res.status).toBe(400);
    expect(res.text).toContain('&lt;b&gt;bold&lt;/b&gt;');
    expect(res.text).not.toContain('<b>bold</b>');
    expect(res.text).not.toContain('<script>alert(1)</script>');
    expect(parseHtml(res.text).querySelector('textarea#improve')?.text).toBe(improve);
  });

  it('accepts the corrected form with the new token it was given', async () => {
    const agent = request.agent(site.app);
    const form = await openForm(agent, 'fr');
    const invalid = await submit(agent, 'fr', form, answers({ topic: undefined }));
    expect(invalid.status).toBe(400);
    const again = formOf(invalid.text);
    expect(again.token).not.toBe('');
    const res = await submit(agent, 'fr', again, answers({ topic: 'other' }));
    expect(res.status).toBe(303);
    expect((await stored(form.submission)).map((r) => r.answers.topic)).toEqual(['other']);
  });
});

describe('protection against forged forms', () => {
  const forbidden = async (locale: Locale, res: Response) => {
    expect(res.status).toBe(403);
    const doc = parseHtml(res.text);
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe(locale);
    expect(doc.querySelector('h1')?.text).toBe(
      locale === 'en' ? 'This form has expired' : 'Ce formulaire a expiré',
    );
  };

  it.each(locales)('refuses a %s form without a CSRF token, storing nothing', async (locale) => {
    const agent = request.agent(site.app);
    const form = await openForm(agent, locale);
    const before = await storedCount();
    await forbidden(locale, await submit(agent, locale, form, answers({ _csrf: undefined })));
    expect(await storedCount()).toBe(before);
  });

  it.each(locales)('refuses a %s form with a wrong CSRF token, storing nothing', async (locale) => {
    const agent = request.agent(site.app);
    const form = await openForm(agent, locale);
    const before = await storedCount();
    const wrong = `${form.token.slice(0, -4)}0000`;
    await forbidden(locale, await submit(agent, locale, form, answers({ _csrf: wrong })));
    expect(await storedCount()).toBe(before);
  });

  it.each(locales)(
    'refuses a %s form carrying the token of another visitor, storing nothing',
    async (locale) => {
      const victim = request.agent(site.app);
      const attacker = request.agent(site.app);
      const stolen = await openForm(attacker, locale);
      await openForm(victim, locale);
      const before = await storedCount();
      await forbidden(locale, await submit(victim, locale, stolen, answers()));
      await forbidden(
        locale,
        await submit(request.agent(site.app), locale, stolen, answers()), // no cookie at all
      );
      expect(await storedCount()).toBe(before);
    },
  );
});

describe('limits', () => {
  it.each(locales)(
    'answers the %s survey with 429 after SURVEY_RATE_LIMIT posts, storing nothing more',
    async (locale) => {
      const limited = await buildSite({ SURVEY_RATE_LIMIT: '2' });
      const agent = request.agent(limited.app);
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 3; i++) {
        const form = await openForm(agent, locale);
        last = await submit(agent, locale, form, answers());
        statuses.push(last.status);
      }
      expect(statuses).toEqual([303, 303, 429]);
      expect(await storedCount(limited)).toBe(2);
      const doc = parseHtml(last?.text ?? '');
      expect(doc.querySelector('html')?.getAttribute('lang')).toBe(locale);
      expect(doc.querySelector('h1')?.text).toBe(
        locale === 'en' ? 'Too many attempts' : 'Trop de tentatives',
      );
    },
  );

  it.each(locales)('answers a %s JSON post with a localized 415 page', async (locale) => {
    const agent = request.agent(site.app);
    const form = await openForm(agent, locale);
    const before = await storedCount();
    const res = await agent
      .post(`/${locale}/survey`)
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ _csrf: form.token, submission: form.submission, ...answers() }));
    expect(res.status).toBe(415);
    expect(res.type).toBe('text/html');
    const doc = parseHtml(res.text);
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe(locale);
    expect(doc.querySelector('h1')?.text).toBe(t(locale, 'errors.unsupported.title'));
    expect(await storedCount()).toBe(before);
  });

  it.each(locales)('answers a %s form over 32 KB with a localized 413 page', async (locale) => {
    const agent = request.agent(site.app);
    const form = await openForm(agent, locale);
    const before = await storedCount();
    const res = await submit(agent, locale, form, answers({ improve: 'a'.repeat(33 * 1024) }));
    expect(res.status).toBe(413);
    expect(res.type).toBe('text/html');
    const doc = parseHtml(res.text);
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe(locale);
    expect(doc.querySelector('h1')?.text).toBe(
      locale === 'en' ? 'What you sent is too large' : 'Votre envoi est trop volumineux',
    );
    expect(await storedCount()).toBe(before);
  });
});

describe('the survey invitation banner', () => {
  const browsingPages: Record<Locale, string[]> = {
    en: ['/en/', '/en/eu-login', '/en/eu-login/forgotten-eu-login-password', '/en/search?q=pin'],
    fr: ['/fr/', '/fr/modeles-europass', '/fr/search?q=mot+de+passe'],
  };

  it.each(locales)(
    'invites %s visitors on browsing pages, linking the survey to the page',
    async (locale) => {
      for (const page of browsingPages[locale]) {
        const res = await request(site.app).get(page);
        expect(res.status, page).toBe(200);
        const invitation = banner(parseHtml(res.text));
        expect(invitation, page).not.toBeNull();
        const here = page.replace(/\?.*$/, '');
        expect(invitation?.querySelector('a.button')?.getAttribute('href'), page).toBe(
          `/${locale}/survey?from=${encodeURIComponent(here)}`,
        );
        expect(invitation?.querySelector('input[name="return"]')?.getAttribute('value')).toBe(here);
      }
    },
  );

  it('brings the page of origin from the banner link into the form', async () => {
    const res = await request(site.app).get('/en/eu-login/forgotten-eu-login-password');
    const link = banner(parseHtml(res.text))?.querySelector('a.button')?.getAttribute('href');
    const form = formOf((await request(site.app).get(link ?? '')).text);
    expect(form.from).toBe('/en/eu-login/forgotten-eu-login-password');
  });

  it.each(locales)('does not show the banner on the %s survey itself', async (locale) => {
    const res = await request(site.app).get(`/${locale}/survey`);
    expect(banner(parseHtml(res.text))).toBeNull();
  });

  it('hides the banner once the visitor has answered', async () => {
    const agent = request.agent(site.app);
    expect(banner(parseHtml((await agent.get('/en/eu-login')).text))).not.toBeNull();
    expect((await submit(agent, 'en', await openForm(agent, 'en'), answers())).status).toBe(303);
    for (const page of [...browsingPages.en, ...browsingPages.fr]) {
      expect(banner(parseHtml((await agent.get(page)).text)), page).toBeNull();
    }
  });

  it('goes back to the page after dismissing, and no page shows the banner again', async () => {
    const agent = request.agent(site.app);
    const res = await agent.post('/en/survey/dismiss').type('form').send('return=/en/eu-login');
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/en/eu-login');
    for (const page of [...browsingPages.en, ...browsingPages.fr]) {
      expect(banner(parseHtml((await agent.get(page)).text)), page).toBeNull();
    }
  });

  it('brings the visitor back to the very page after dismissing, from any page of the site', async () => {
    const repo = site.services.content.repo;
    const pages = locales.flatMap((locale) => [
      homePath(locale),
      searchPath(locale),
      ...repo.categories(locale).map(categoryPath),
      ...repo.articles(locale).map((a) => articlePath(a, repo.categoryOf(a))),
    ]);
    for (const page of pages) {
      const form = banner(parseHtml((await request(site.app).get(page)).text))?.querySelector(
        'form',
      );
      const res = await request(site.app)
        .post(form?.getAttribute('action') ?? '')
        .type('form')
        .send(
          encode({ return: form?.querySelector('input[name="return"]')?.getAttribute('value') }),
        );
      expect(res.status, page).toBe(303);
      expect(res.headers.location, page).toBe(page);
    }
  });

  it('does not let a browser revalidate a page with the banner after dismissing it', async () => {
    const agent = request.agent(site.app);
    const before = await agent.get('/fr/eu-login');
    expect(banner(parseHtml(before.text))).not.toBeNull();
    await agent.post('/fr/survey/dismiss').type('form').send('return=/fr/eu-login');
    const after = await agent.get('/fr/eu-login').set('If-None-Match', before.headers.etag ?? '');
    expect(after.status).toBe(200);
    expect(banner(parseHtml(after.text))).toBeNull();
  });

  it.each([
    ['en', 'https://evil.example'],
    ['en', '//evil.example'],
    ['en', '/de/x'],
    ['en', 'javascript:alert(1)'],
    ['en', '/en//evil.example'],
    ['fr', 'https://evil.example'],
    ['fr', '/\\evil.example'],
  ] as const)('sends %s dismissals with return=%s to the home page', async (locale, back) => {
    const res = await request(site.app)
      .post(`/${locale}/survey/dismiss`)
      .type('form')
      .send(encode({ return: back }));
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/${locale}/`);
  });

  it('sets HttpOnly, SameSite=Lax cookies that last beyond the visit', async () => {
    const survey = await request(site.app).get('/en/survey');
    expect(cookie(survey, 'help-centre.csrf')).toMatch(/; Path=\/;.*HttpOnly; SameSite=Lax$/);
    const dismiss = await request(site.app)
      .post('/fr/survey/dismiss')
      .type('form')
      .send('return=/fr/');
    const invitation = cookie(dismiss, 'survey_invitation') ?? '';
    expect(invitation).toMatch(/^survey_invitation=hidden; Max-Age=7776000; Path=\/;/);
    expect(invitation).toContain('; HttpOnly');
    expect(invitation).toContain('; SameSite=Lax');
    expect(invitation).not.toContain('Secure');
  });

  it('keeps the page without the banner out of shared caches, and the public one has it', async () => {
    const dismissed = await request(site.app)
      .get('/en/search?q=password')
      .set('Cookie', 'survey_invitation=hidden');
    expect(banner(parseHtml(dismissed.text))).toBeNull();
    expect(dismissed.headers['cache-control']).toMatch(/^private\b/);
    const everyone = await request(site.app).get('/en/search?q=password');
    expect(banner(parseHtml(everyone.text))).not.toBeNull();
    expect(everyone.headers['cache-control']).toMatch(/^public\b/);
  });
});

describe('a site served over HTTPS', () => {
  let secure: Built;
  beforeAll(async () => {
    secure = await buildSite({ SITE_URL: 'https://help.example.org' });
  });

  it('uses a __Host- CSRF cookie and secure cookies, and still accepts the survey', async () => {
    const page = await request(secure.app).get('/fr/survey');
    const csrf = cookie(page, '__Host-help-centre.csrf') ?? '';
    expect(csrf).toMatch(/; Path=\/; HttpOnly; Secure; SameSite=Lax$/);
    expect(csrf).not.toMatch(/Domain=/i);
    expect(cookie(page, 'help-centre.csrf')).toBeUndefined();
    // supertest speaks plain HTTP, so the secure cookie is sent by hand as a browser would.
    const form = formOf(page.text);
    const res = await request(secure.app)
      .post('/fr/survey')
      .set('Cookie', csrf.split(';')[0] ?? '')
      .type('form')
      .send(encode({ _csrf: form.token, submission: form.submission, ...answers() }));
    expect(res.status).toBe(303);
    expect(cookie(res, 'survey_invitation')).toContain('; Secure');
    expect(await stored(form.submission, secure)).toHaveLength(1);
  });

  it('sets a secure invitation cookie on dismissal', async () => {
    const res = await request(secure.app)
      .post('/en/survey/dismiss')
      .type('form')
      .send('return=/en/eu-login');
    expect(res.headers.location).toBe('/en/eu-login');
    expect(cookie(res, 'survey_invitation')).toMatch(/; HttpOnly; Secure; SameSite=Lax$/);
  });
});

// A form with a problem: every error shown in both languages, the answers kept.
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { locales } from '../../../src/i18n/locales.js';
import { parseHtml } from '../../support/html.js';
import {
  answers,
  banner,
  checked,
  formOf,
  openForm,
  radioQuestions,
  submit,
  title,
  useSurveySite,
  type Fields,
} from '../../support/survey-flow.js';

const flow = useSurveySite();
const { stored, storedCount, t } = flow;

const invalidAnswers: {
  what: string;
  fields: Fields;
  question: string;
  anchor: string;
  message: string;
  /** The message states the question's length limit. */
  limit?: boolean;
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
    limit: true,
  },
  {
    what: 'a comment of 2,001 characters with a CRLF line break',
    fields: { improve: `${'x'.repeat(1000)}\r\n${'y'.repeat(1000)}` },
    question: 'improve',
    anchor: 'improve',
    message: 'survey.questions.improve.errors.tooLong',
    limit: true,
  },
];

describe('a form with a problem', () => {
  describe.each(locales)('in %s', (locale) => {
    it.each(invalidAnswers)(
      'answers $what with 400, the error summary and the message, keeping the other answers',
      async ({ fields, question, anchor, message, limit }) => {
        const agent = request.agent(flow.site.app);
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
        // The limit is the question's, written as the language writes numbers.
        const max = locale === 'en' ? '2,000' : '2\u202f000';
        const text = t(locale, message, limit ? { max } : undefined);
        if (limit) expect(text).toContain(` ${max} `);
        const links = doc.querySelectorAll('.error-summary__list a');
        expect(links.map((a) => [a.getAttribute('href'), a.text])).toEqual([[`#${anchor}`, text]]);
        expect(doc.getElementById(anchor)).not.toBeNull();
        expect(doc.getElementById(`${question}-error`)?.text).toContain(text);

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
    const agent = request.agent(flow.site.app);
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
      ['#topic-1', 'Select the topic you were looking for help with'],
      ['#ease-1', 'Select how easy it was to find what you were looking for'],
    ]);
    for (const link of doc.querySelectorAll('.error-summary__list a')) {
      const id = link.getAttribute('href')?.slice(1) ?? '';
      expect(doc.getElementById(id)?.getAttribute('type'), id).toBe('radio');
    }
  });

  it('lists every unanswered question in order, with the French messages', async () => {
    const agent = request.agent(flow.site.app);
    const form = await openForm(agent, 'fr');
    const res = await submit(agent, 'fr', form, { improve: 'Rien' });
    expect(res.status).toBe(400);
    const doc = parseHtml(res.text);
    expect(title(doc)).toMatch(/^Erreur\u00a0: Aidez-nous à améliorer le centre d’aide – /);
    expect(doc.querySelectorAll('.error-summary__list a').map((a) => a.text)).toEqual([
      'Choisissez comment vous jugez le centre d’aide',
      'Choisissez si vous avez trouvé ce que vous cherchiez',
      'Choisissez le thème sur lequel vous cherchiez de l’aide',
      'Choisissez dans quelle mesure il a été facile de trouver ce que vous cherchiez',
    ]);
    expect(doc.getElementById('satisfaction-error')?.text).toContain('Erreur\u00a0:');
  });

  it('gives back the comment exactly as typed, markup escaped', async () => {
    const agent = request.agent(flow.site.app);
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
    const agent = request.agent(flow.site.app);
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

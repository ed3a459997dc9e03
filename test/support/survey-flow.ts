/**
 * The visitor's survey flow through the real app, for the survey tests: a site with its own
 * empty database, the form as a browser reads it and posts it back, and what got stored.
 */
import type { HTMLElement } from 'node-html-parser';
import type request from 'supertest';
import { beforeAll, expect } from 'vitest';
import type { Locale } from '../../src/i18n/locales.js';
import type { SurveyResponse } from '../../src/survey/questions.js';
import { buildTestApp } from './app.js';
import { hiddenField, parseHtml } from './html.js';

export type Built = Awaited<ReturnType<typeof buildTestApp>>;
export type Agent = ReturnType<typeof request.agent>;
export type Fields = Record<string, string | string[] | undefined>;

export const radioQuestions = ['satisfaction', 'found', 'topic', 'ease'] as const;
export const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** A complete, valid set of answers, with some replaced (undefined leaves a field out). */
export const answers = (changes: Fields = {}): Fields => ({
  satisfaction: '4',
  found: 'partly',
  topic: 'eu-login',
  ease: '5',
  improve: 'More screenshots of the EU Login app, please.',
  ...changes,
});

export interface FormPage {
  doc: HTMLElement;
  token: string;
  submission: string;
  from: string;
}

export function formOf(html: string): FormPage {
  const doc = parseHtml(html);
  const hidden = (name: string) => hiddenField(doc, name);
  return { doc, token: hidden('_csrf'), submission: hidden('submission'), from: hidden('from') };
}

export async function openForm(agent: Agent, locale: Locale, query = ''): Promise<FormPage> {
  const res = await agent.get(`/${locale}/survey${query}`);
  expect(res.status).toBe(200);
  return formOf(res.text);
}

export function encode(fields: Fields): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const one of value === undefined ? [] : [value].flat()) params.append(name, one);
  }
  return params.toString();
}

/** Posts the form as a browser would: the hidden fields of the page, then the answers. */
export function submit(agent: Agent, locale: Locale, form: FormPage, fields: Fields) {
  const hidden = { _csrf: form.token, submission: form.submission, from: form.from, website: '' };
  return agent
    .post(`/${locale}/survey`)
    .type('form')
    .send(encode({ ...hidden, ...fields }));
}

export const title = (doc: HTMLElement) => doc.querySelector('title')?.text ?? '';
export const checked = (doc: HTMLElement, name: string) =>
  doc.querySelector(`input[name="${name}"][checked]`)?.getAttribute('value');
export const banner = (doc: HTMLElement) => doc.querySelector('.survey-banner');

/** The answers a site stored under one submission id. */
export async function storedIn(site: Built, submissionId: string): Promise<SurveyResponse[]> {
  const rows: SurveyResponse[] = [];
  for await (const row of site.services.surveyStore.responses({})) {
    if (row.submissionId === submissionId) rows.push(row);
  }
  return rows;
}

export const storedCountIn = async (site: Built) =>
  (await site.services.surveyStore.summary({})).total;

/**
 * A site for one test file, built before its tests (posting far more than the default 10
 * forms from one address), with the helpers that read it.
 */
export function useSurveySite(env: Record<string, string> = { SURVEY_RATE_LIMIT: '1000' }) {
  let site: Built | undefined;
  beforeAll(async () => {
    site = await buildTestApp(env);
  });
  const current = () => {
    if (!site) throw new Error('useSurveySite(): the site is not built yet');
    return site;
  };
  return {
    get site() {
      return current();
    },
    stored: (submissionId: string, on = current()) => storedIn(on, submissionId),
    storedCount: (on = current()) => storedCountIn(on),
    t: (locale: Locale, key: string, values?: Record<string, string>) =>
      current().services.i18n.t(locale)(key, values),
  };
}

/**
 * "Was this helpful?" through the real app, for the feedback tests: the sample article of each
 * language, a vote posted as the article page's form posts it, and the votes stored.
 */
import request from 'supertest';
import type { Vote } from '../../src/feedback/store.js';
import type { Locale } from '../../src/i18n/locales.js';
import type { Services } from '../../src/services.js';
import type { buildTestApp } from './app.js';
import { encode, type Fields } from './survey-flow.js';

type App = Awaited<ReturnType<typeof buildTestApp>>['app'];

/** The same question in each language (one id), the article every feedback test votes on. */
export const voted = {
  id: 'eu-login-forgotten-password',
  path: {
    en: '/en/eu-login/forgotten-eu-login-password',
    fr: '/fr/eu-login/mot-de-passe-eu-login-oublie',
  },
} as const;

/** Where a vote leads: the article in its thank-you state, at the feedback section. */
export const thanksUrl = (locale: Locale) => `${voted.path[locale]}?feedback=thanks#feedback`;

/** Posts a vote as the form does (its hidden fields, then `fields`; undefined leaves one out). */
export function postVote(
  app: App,
  locale: Locale,
  fields: Fields,
  headers: Record<string, string> = {},
) {
  let req = request(app).post(`/${locale}/feedback`).type('form');
  for (const [name, value] of Object.entries(headers)) req = req.set(name, value);
  return req.send(encode({ article: voted.id, website: '', ...fields }));
}

/** Every vote stored, oldest first, read back through the store as the staff pages read it. */
export async function storedVotes(services: Services): Promise<Vote[]> {
  const votes: Vote[] = [];
  for await (const vote of services.feedbackStore.votes({ from: '2000-01-01', to: '2999-12-31' })) {
    votes.push(vote);
  }
  return votes;
}

import { rm } from 'node:fs/promises';
import path from 'node:path';
import request, { type Response } from 'supertest';
import { locales, type Locale } from '../../src/i18n/locales.js';
import { articlePath, categoryPath } from '../../src/web/urls.js';
import { buildTestApp, copyOfRealContent } from './app.js';
import { hiddenField, parseHtml } from './html.js';
import { storeStaffData } from './staff-data.js';

/**
 * A mistyped address of a real question, per language: its not-found page lists the
 * questions it most likely meant.
 */
export const mistypedAddress: Record<Locale, string> = {
  en: '/en/eu-login/forgoten-password',
  fr: '/fr/eu-login/mot-de-passe-oublie',
};

type Built = Awaited<ReturnType<typeof buildTestApp>>;
type Agent = ReturnType<typeof request.agent>;

export interface FetchedPage {
  /** "en search results": the locale and the kind of page. */
  name: string;
  /** What was asked ("POST /en/survey" for a form post). */
  url: string;
  expected: number;
  res: Response;
}

export const staff = { ADMIN_USERNAME: 'staff', ADMIN_PASSWORD: 'correct horse battery' };
export const staffAuthorization = `Basic ${Buffer.from(
  `${staff.ADMIN_USERNAME}:${staff.ADMIN_PASSWORD}`,
).toString('base64')}`;

/** A complete set of valid survey answers. */
export const validAnswers = { satisfaction: '4', found: 'partly', topic: 'eu-login', ease: '5' };

/** Questions each missing its translation in one locale, so each locale has a notice page. */
const untranslated: Record<Locale, { file: string; id: string }> = {
  en: { file: 'en/articles/europass-certificate-supplement.md', id: 'certificate-supplement' },
  fr: { file: 'fr/articles/supplement-au-diplome.md', id: 'diploma-supplement' },
};

/**
 * The real app with staff credentials (`site`), and a second one whose content lacks one
 * translation per locale (`partial`), for the "only available in …" notices.
 */
export async function buildSites(env: Record<string, string> = {}) {
  const site = await buildTestApp({ ...staff, ...env });
  const content = await copyOfRealContent();
  for (const { file } of Object.values(untranslated)) await rm(path.join(content.dir, file));
  const partial = await buildTestApp({ ...env, CONTENT_DIR: content.dir });
  const cleanup = async () => {
    for (const built of [site, partial]) {
      await built.services.surveyStore.close();
      await rm(built.config.dataDir, { recursive: true, force: true });
    }
    await content.cleanup();
  };
  return { site, partial, cleanup };
}

/** The survey form's hidden fields, as a browser sends them back. */
export async function surveyFormFields(
  agent: Agent,
  locale: Locale,
): Promise<Record<string, string>> {
  const doc = parseHtml((await agent.get(`/${locale}/survey`)).text);
  const hidden = (name: string) => hiddenField(doc, name);
  return { _csrf: hidden('_csrf'), submission: hidden('submission'), from: '', website: '' };
}

/**
 * Every kind of HTML page of both locales, fetched from the real app. Stores one valid
 * survey response per locale on the way, and votes and searches first, so that the staff
 * pages have figures to show.
 */
export async function fetchEveryPageType(site: Built, partial: Built): Promise<FetchedPage[]> {
  const pages: FetchedPage[] = [];
  // Votes and searches, so that the staff pages show their charts and tables.
  await storeStaffData(site.services.feedbackStore);
  for (const locale of locales) {
    const { app, services } = site;
    const repo = services.content.repo;
    const category = repo.categories(locale)[0];
    const article = category && repo.articlesIn(category)[0];
    if (!category || !article) throw new Error(`no content in ${locale}`);
    const add = async (name: string, url: string, expected: number, res: Promise<Response>) => {
      pages.push({ name: `${locale} ${name}`, url, expected, res: await res });
    };
    const get = (name: string, url: string, expected = 200) =>
      add(name, url, expected, request(app).get(url));

    await get('home', `/${locale}/`);
    await get('category', categoryPath(category));
    await get('article', articlePath(article, category));
    // "Was this helpful?" answered, and a No whose comment is too long.
    await get('article, thanks for a vote', `${articlePath(article, category)}?feedback=thanks`);
    const tooLong = { article: article.id, helpful: 'no', comment: 'x'.repeat(501) };
    const vote = request(app).post(`/${locale}/feedback`).type('form').send(tooLong);
    await add('article, vote with errors', `POST /${locale}/feedback`, 400, vote);
    // "europass" matches more than a page of questions: results and pagination.
    await get('search results', `/${locale}/search?q=europass`);
    await get('search results, page 2', `/${locale}/search?q=europass&page=2`);
    await get('search without results', `/${locale}/search?q=zzxqvw`);
    // A near miss with answers in the other language: "did you mean" and foreign results.
    const nearMiss = locale === 'en' ? 'authentificaton' : 'password';
    await get('search without results, other language', `/${locale}/search?q=${nearMiss}`);
    await get('empty search', `/${locale}/search`);
    await get('survey', `/${locale}/survey`);
    await get('thank-you', `/${locale}/survey/thanks`);
    await get('404', `/${locale}/no-such-page`, 404);
    await get('404 with the questions a mistyped address meant', mistypedAddress[locale], 404);

    const agent = request.agent(app);
    const post = () => agent.post(`/${locale}/survey`).type('form');
    const form = await surveyFormFields(agent, locale);
    await add('survey with errors', `POST /${locale}/survey`, 400, post().send(form));
    const valid = await surveyFormFields(agent, locale);
    const stored = await post().send({ ...valid, ...validAnswers, improve: `Comment ${locale}` });
    if (stored.status !== 303) throw new Error(`valid ${locale} survey answered ${stored.status}`);
    const forged = request(app).post(`/${locale}/survey`).type('form').send(validAnswers);
    await add('error page (403)', `POST /${locale}/survey`, 403, forged);

    const notice = `/${locale}/notice/article/${untranslated[locale].id}`;
    await add('translation notice', notice, 200, request(partial.app).get(notice));
    const admin = `/admin/survey?lang=${locale}`;
    await add(
      'admin results',
      admin,
      200,
      request(app).get(admin).set('Authorization', staffAuthorization),
    );
    for (const page of ['', '/feedback', '/searches', '/content']) {
      const url = `/admin${page}?lang=${locale}`;
      const res = request(app).get(url).set('Authorization', staffAuthorization);
      await add(`staff page /admin${page}`, url, 200, res);
    }
  }
  return pages;
}

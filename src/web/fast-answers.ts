import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import type { Config } from '../config.js';
import type { Locale } from '../i18n/locales.js';
import { invitationCookie } from './middleware/banner-state.js';
import { csrfProtection } from './middleware/csrf.js';
import { languageCookie } from './middleware/locale.js';
import {
  isFresh,
  preferredEncoding,
  sharedPageCacheControl,
  type CachedPage,
  type Encoding,
  type PageCache,
} from './page-cache.js';
import { textParam } from './query-params.js';
import { cookieValue } from './raw-cookies.js';
import { perVisitorKey } from './render.js';
import { searchApiCacheControl } from './routes/api.js';
import { surveyForm, safeFromPath } from './routes/survey.js';
import { filledBody } from './slots.js';

/** An answer for writeHead and end: headers flat ([name, value, ...]), X-Request-Id to add. */
export interface Answer {
  status: number;
  headers: readonly string[];
  body?: Buffer;
}
export type Answers = (req: IncomingMessage) => Answer | undefined;

const html = 'text/html; charset=utf-8';
/** The headers of a kind of cached answer, as the app sends them (a test holds the two equal). */
const page = { type: html, cacheControl: sharedPageCacheControl, vary: 'Cookie, Accept-Encoding' };
const json = {
  type: 'application/json; charset=utf-8',
  cacheControl: searchApiCacheControl,
  vary: 'Accept-Encoding',
};
type Wire = Record<Encoding | 'notModified', string[]>;

const localePath = /^\/(en|fr)\/(survey(?:\?|$))?/;

/** The page's locale when it needs no `lang` cookie set (the app sets it), and whether it is the survey. */
function localeOf(req: IncomingMessage): { locale: Locale; survey: boolean } | undefined {
  const match = localePath.exec(req.url ?? '');
  const locale = match?.[1] as Locale | undefined;
  if (!locale || cookieValue(req.headers.cookie ?? '', languageCookie) !== locale) return undefined;
  return { locale, survey: Boolean(match?.[2]) };
}

/** Cached pages and search answers, with their headers prepared once per cached entry. */
export function cachedAnswers(cache: PageCache, security: readonly string[]): Answers {
  const wires = new WeakMap<CachedPage, Wire>();
  return (req) => {
    const url = req.url ?? '';
    let found: CachedPage | undefined;
    let kind = page;
    if (url.startsWith('/api/search?')) {
      found = cache.get(cache.key(url));
      kind = json;
    } else if (localeOf(req)?.survey === false) {
      const invitation = cookieValue(req.headers.cookie ?? '', invitationCookie);
      if (invitation === null) return undefined;
      found = cache.get(cache.key(url, invitation !== 'hidden'));
    }
    if (!found) return undefined;
    let wire = wires.get(found);
    if (!wire) wires.set(found, (wire = prepare(found, kind, security)));
    if (isFresh(req.headers, found.etag)) return { status: 304, headers: wire.notModified };
    const encoding = preferredEncoding(req.headers['accept-encoding']);
    return { status: 200, headers: wire[encoding], body: found[encoding] };
  };
}

function prepare(found: CachedPage, kind: typeof page, security: readonly string[]): Wire {
  const common = [
    ...security,
    ...['Cache-Control', kind.cacheControl, 'Vary', kind.vary],
    ...['ETag', found.etag, 'Content-Type', kind.type],
  ];
  const body = (encoding: Encoding) => [
    ...common,
    ...(encoding === 'identity' ? [] : ['Content-Encoding', encoding]),
    ...['Content-Length', String(found[encoding].length)],
  ];
  return { notModified: common, br: body('br'), gzip: body('gzip'), identity: body('identity') };
}

/** The blank survey form, once the app has rendered it: a fresh token and submission id each time. */
export function surveyFormAnswers(
  cache: PageCache,
  security: readonly string[],
  config: Config,
): Answers {
  const { freshToken } = csrfProtection(config);
  const headers = [...security, 'Cache-Control', 'no-store', 'Vary', 'Accept-Encoding'];
  return (req) => {
    const { locale, survey } = localeOf(req) ?? {};
    if (!locale || !survey) return undefined;
    const form = cache.slotted(
      cache.key(perVisitorKey(surveyForm.template, locale, surveyForm.blankKey)),
    );
    if (!form) return undefined;
    const { token, setCookie } = freshToken();
    const query = parseQuery((req.url ?? '').split('?')[1] ?? '');
    const values = {
      csrfToken: token,
      submissionId: randomUUID(),
      from: safeFromPath(textParam(query.from)) ?? '',
    };
    const { gzip, body } = filledBody(form, values, req.headers['accept-encoding']);
    return {
      status: 200,
      headers: [
        ...headers,
        ...['Set-Cookie', setCookie, 'Content-Type', html],
        ...(gzip ? ['Content-Encoding', 'gzip'] : []),
        ...['Content-Length', String(body.length)],
      ],
      body,
    };
  };
}

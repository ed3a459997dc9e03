import type { OutgoingHttpHeaders } from 'node:http';
import type { RequestHandler } from 'express';
import type { PageCache } from '../page-cache.js';
import { cookieValue } from '../raw-cookies.js';
import { sendSharedPage } from '../render.js';
import { invitationCookie } from './banner-state.js';
import { languageCookie, rememberLanguage } from './locale.js';

const localePrefix = /^\/(en|fr)\//;

/**
 * Serves a page already rendered for this URL and banner state, first in line: before the
 * security-header, cookie, compression and routing middleware, with the security headers
 * they would have set (computed once). The server's fast path (../fast-path.ts) answers most
 * of these before Express; this serves the rest (a `lang` cookie to set, a server stopping)
 * and the app on its own.
 */
export function cachedPagesFastPath(
  cache: PageCache,
  securityHeaders: OutgoingHttpHeaders,
  secureCookies: boolean,
): RequestHandler {
  const headers = Object.entries(securityHeaders);
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const locale = localePrefix.exec(req.url)?.[1];
    if (!locale) return next();
    const cookies = req.headers.cookie ?? '';
    const invitation = cookieValue(cookies, invitationCookie);
    const language = cookieValue(cookies, languageCookie);
    if (invitation === null || language === null) return next();
    const page = cache.get(cache.key(req.url, invitation !== 'hidden'));
    if (!page) return next();
    for (const [name, value] of headers) if (value !== undefined) res.setHeader(name, value);
    rememberLanguage(res, language, locale, secureCookies);
    sendSharedPage(req, res, page);
  };
}

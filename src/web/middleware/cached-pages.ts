import type { OutgoingHttpHeaders } from 'node:http';
import type { RequestHandler } from 'express';
import type { PageCache } from '../page-cache.js';
import { sendSharedPage } from '../render.js';
import { invitationCookie } from './banner-state.js';
import { languageCookie, rememberLanguage } from './locale.js';

const localePrefix = /^\/(en|fr)\//;
const cookiePattern = (name: string) => new RegExp(`(?:^|;\\s*)${name}=([^;]*)`);
const invitationPattern = cookiePattern(invitationCookie);
const languagePattern = cookiePattern(languageCookie);

/**
 * Serves a page already rendered for this URL and banner state, first in line: before the security-header,
 * cookie, compression and routing middleware, with the security headers they would have set
 * (computed once). Pages are read far more than anything else, so this is where time goes.
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
    const bannerHidden = invitationPattern.exec(cookies)?.[1] === 'hidden';
    const page = cache.get(cache.key(req.url, !bannerHidden));
    if (!page) return next();
    for (const [name, value] of headers) if (value !== undefined) res.setHeader(name, value);
    rememberLanguage(res, languagePattern.exec(cookies)?.[1], locale, secureCookies);
    sendSharedPage(req, res, page);
  };
}

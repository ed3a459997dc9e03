import type { RequestHandler } from 'express';
import { NotFoundError } from '../../errors.js';
import { isLocale } from '../../i18n/locales.js';

/** The language cookie remembers the last language read, for the "/" redirect only. */
export const languageCookie = 'lang';
const oneYear = 365 * 24 * 3600 * 1000;

/**
 * Takes the locale from the first path segment; anything other than /en/ or /fr/ is a 404.
 * No detection happens here: the URL alone decides the language of a page.
 */
export function localeFromPath(secureCookies: boolean): RequestHandler {
  return (req, res, next) => {
    const { locale } = req.params as { locale?: string };
    if (!isLocale(locale)) return next(new NotFoundError(`No locale "${String(locale)}"`));
    res.locals.locale = locale;
    if (req.method === 'GET' && req.cookies?.[languageCookie] !== locale) {
      res.cookie(languageCookie, locale, {
        httpOnly: true,
        sameSite: 'lax',
        secure: secureCookies,
        maxAge: oneYear,
        path: '/',
      });
    }
    next();
  };
}

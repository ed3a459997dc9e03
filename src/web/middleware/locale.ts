import type { RequestHandler, Response } from 'express';
import { NotFoundError } from '../../errors.js';
import { isLocale, type Locale } from '../../i18n/locales.js';

/** The language chosen with the language switch, for the "/" redirect only. */
export const languageCookie = 'lang';
const oneYear = 365 * 24 * 3600 * 1000;

/**
 * Takes the locale from the first path segment; anything other than /en/ or /fr/ is a 404.
 * No detection happens here: the URL alone decides the language of a page.
 */
export const localeFromPath: RequestHandler = (req, res, next) => {
  const { locale } = req.params as { locale?: string };
  if (!isLocale(locale)) return next(new NotFoundError(`No locale "${String(locale)}"`));
  res.locals.locale = locale;
  next();
};

export function rememberLanguage(res: Response, locale: Locale, secureCookies: boolean): void {
  res.cookie(languageCookie, locale, {
    httpOnly: true,
    sameSite: 'lax',
    secure: secureCookies,
    maxAge: oneYear,
    path: '/',
  });
}

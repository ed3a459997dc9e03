import type { RequestHandler, Response } from 'express';
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
    if (req.method === 'GET')
      rememberLanguage(res, req.cookies?.[languageCookie], locale, secureCookies);
    next();
  };
}

/** Sets the language cookie when the page read is in another language than the one remembered. */
export function rememberLanguage(
  res: Response,
  remembered: unknown,
  locale: string,
  secureCookies: boolean,
): void {
  if (remembered === locale) return;
  res.cookie(languageCookie, locale, {
    httpOnly: true,
    sameSite: 'lax',
    secure: secureCookies,
    maxAge: oneYear,
    path: '/',
  });
}

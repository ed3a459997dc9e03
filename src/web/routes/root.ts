import { cookieOf } from '../request/cookies.js';
import { Router } from 'express';
import type { Config } from '../../config.js';
import type { ContentService } from '../../content/service.js';
import { defaultLocale, isLocale, localePrefix, locales } from '../../i18n/locales.js';
import { cacheControl, sameForEveryone } from '../http/cache-control.js';
import { canonicalQuery } from '../middleware/canonical-query.js';
import { languageCookie, rememberLanguage } from '../middleware/locale.js';
import { buildSitemap } from '../view-models/sitemap.js';

/**
 * Routes outside the locale prefix: the language redirect, the language switch, robots.txt
 * and the sitemap.
 */
export function rootRouter(content: ContentService, config: Config): Router {
  const router = Router();

  router.get('/', (req, res) => {
    const remembered = cookieOf(req, languageCookie);
    const locale = isLocale(remembered)
      ? remembered
      : req.acceptsLanguages(...locales) || defaultLocale;
    res.set('Vary', 'Accept-Language, Cookie');
    res.set('Cache-Control', cacheControl.perVisitor);
    res.redirect(302, `/${locale}/`);
  });

  // The switch is the one place the language is remembered, so that pages set no cookie:
  // `/language/fr/eu-login?x` → `/fr/eu-login?x`, a page of ours in the language chosen.
  router.get('/language/*target', (req, res, next) => {
    const target = req.url.slice('/language'.length);
    const locale = localePrefix.exec(target)?.[1];
    if (!isLocale(locale)) return next();
    rememberLanguage(res, locale, config.https);
    res.set('Cache-Control', cacheControl.perVisitor);
    res.redirect(303, target);
  });

  router.get('/robots.txt', canonicalQuery(), (_req, res) => {
    sameForEveryone(res, cacheControl.publicPage);
    res
      .type('text/plain')
      .send(
        `User-agent: *\nDisallow: /admin\nDisallow: /api/\nDisallow: /language/\n\nSitemap: ${config.siteUrl}/sitemap.xml\n`,
      );
  });

  router.get('/sitemap.xml', canonicalQuery(), (_req, res) => {
    sameForEveryone(res, cacheControl.publicPage);
    res.type('application/xml').send(buildSitemap(content.repo, config.siteUrl));
  });

  return router;
}

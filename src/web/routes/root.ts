import { Router } from 'express';
import type { Config } from '../../config.js';
import type { ContentService } from '../../content/service.js';
import { defaultLocale, isLocale, locales } from '../../i18n/locales.js';
import { languageCookie } from '../middleware/locale.js';
import { buildSitemap } from '../sitemap.js';

/** Routes outside the locale prefix: the language redirect, robots.txt and the sitemap. */
export function rootRouter(content: ContentService, config: Config): Router {
  const router = Router();

  router.get('/', (req, res) => {
    const remembered = req.cookies?.[languageCookie] as unknown;
    const locale = isLocale(remembered)
      ? remembered
      : req.acceptsLanguages(...locales) || defaultLocale;
    res.set('Vary', 'Accept-Language, Cookie');
    res.set('Cache-Control', 'no-store');
    res.redirect(302, `/${locale}/`);
  });

  router.get('/robots.txt', (_req, res) => {
    res
      .type('text/plain')
      .send(
        `User-agent: *\nDisallow: /admin\nDisallow: /api/\n\nSitemap: ${config.siteUrl}/sitemap.xml\n`,
      );
  });

  router.get('/sitemap.xml', (_req, res) => {
    res.type('application/xml').send(buildSitemap(content.repo, config.siteUrl));
  });

  return router;
}

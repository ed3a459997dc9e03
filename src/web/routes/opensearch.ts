import { Router } from 'express';
import type { Config } from '../../config.js';
import type { I18n } from '../../i18n/index.js';
import { isLocale } from '../../i18n/locales.js';
import { cacheControl, sameForEveryone } from '../http/cache-control.js';
import { canonicalQuery } from '../middleware/canonical-query.js';
import { openSearchDescription } from '../view-models/opensearch.js';

/** `/{lang}/opensearch.xml`: each language's search, for browsers; cached like a page. */
export function openSearchRouter(i18n: I18n, config: Config): Router {
  const router = Router();
  router.get('/:locale/opensearch.xml', canonicalQuery(), (req, res, next) => {
    const locale = req.params.locale;
    if (!isLocale(locale)) return next();
    const t = i18n.t(locale);
    const text = { shortName: t('opensearch.shortName'), description: t('opensearch.description') };
    sameForEveryone(res, cacheControl.publicPage);
    res
      .type('application/opensearchdescription+xml; charset=utf-8')
      .send(openSearchDescription(locale, text, config.siteUrl));
  });
  return router;
}

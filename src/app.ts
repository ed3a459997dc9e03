import compression from 'compression';
import cookieParser from 'cookie-parser';
import express, { type Express } from 'express';
import type { Config } from './config.js';
import { isLocale } from './i18n/locales.js';
import type { Services } from './services.js';
import { errorHandler, notFound } from './web/http/error-handler.js';
import { bannerState } from './web/middleware/banner-state.js';
import { csrfProtection } from './web/middleware/csrf.js';
import { localeFromPath } from './web/middleware/locale.js';
import { pageCache } from './web/middleware/page-cache.js';
import { countSearches } from './web/middleware/search-count.js';
import { createPageSender } from './web/views/render.js';
import { requestLog } from './web/middleware/request-log.js';
import { securityHeaders } from './web/middleware/security.js';
import { closeConnectionsWhenStopping } from './web/middleware/stopping.js';
import { feedbackRouter } from './web/routes/feedback.js';
import { healthRouter } from './web/routes/health.js';
import { adminRouter } from './web/routes/admin/index.js';
import { apiRouter } from './web/routes/api.js';
import { assetHandler } from './web/routes/assets.js';
import { noticeRouter } from './web/routes/notice.js';
import { openSearchRouter } from './web/routes/opensearch.js';
import { pagesRouter } from './web/routes/pages.js';
import { rootRouter } from './web/routes/root.js';
import { searchRouter } from './web/routes/search.js';
import { surveyRouter } from './web/routes/survey.js';
import './web/http/locals.js';

/** The site: an ordered list of middleware and routers, nothing else. */
export function createApp(services: Services, config: Config): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', 'strong');
  // JSON responses escape <, > and & so text echoed from a query can never read as markup.
  app.set('json escape', true);

  app.set('trust proxy', config.trustProxy);

  // Health checks first: no templates, content, cookies or request log lines.
  app.use(healthRouter(services.lifecycle, services.surveyStore));
  app.use(requestLog(services.logger));
  app.use(closeConnectionsWhenStopping(services.lifecycle));
  app.use(cookieParser());
  app.use(bannerState);
  // Before the page cache, so that results pages it answers count as searches too.
  app.use(countSearches(services.searchCounter));
  // Answers made already (pages, search) leave here, compressed once, with the headers they
  // were first sent with (helmet's among them, set once per answer); the rest go on.
  app.use(pageCache(services.pageCache));
  app.use(securityHeaders(config));
  app.use('/assets', assetHandler(services.assets));
  app.use(compression());
  app.use(rootRouter(services.content, config));
  app.use(openSearchRouter(services.i18n, config));
  app.use(apiRouter(services.search, services.i18n));

  const send = createPageSender(services.render);
  const csrf = csrfProtection(config);
  app.use('/admin', adminRouter(services, send, config));
  const localized = express.Router({ mergeParams: true });
  localized.use(searchRouter(services.content, services.search, send));
  localized.use(noticeRouter(services.content, send));
  localized.use(
    surveyRouter({
      content: services.content,
      store: services.surveyStore,
      i18n: services.i18n,
      send,
      csrf,
      config,
    }),
  );
  localized.use(
    feedbackRouter({
      content: services.content,
      store: services.feedbackStore,
      i18n: services.i18n,
      send,
      render: services.render,
      config,
    }),
  );
  localized.use(pagesRouter(services.content, send, config, services.i18n));
  app.get('/:locale', (req, res, next) => {
    // "/en" → "/en/"; Express matches "/en/" here too, which must fall through.
    const { locale } = req.params;
    if (isLocale(locale) && req.path === `/${locale}`) return res.redirect(301, `/${locale}/`);
    next();
  });
  app.use('/:locale', localeFromPath, localized);

  app.use(notFound);
  app.use(
    errorHandler(send, {
      showStack: config.env === 'development',
      log: (error) => services.logger.error({ err: error }, 'request failed'),
      i18n: services.i18n,
      likelyAnswers: (locale, words) => services.search.likelyAnswers(locale, words),
    }),
  );
  return app;
}

import { Router } from 'express';
import type { Config } from '../../../config.js';
import type { Services } from '../../../services.js';
import { cacheControl } from '../../http/cache-control.js';
import { basicAuth } from '../../middleware/basic-auth.js';
import { failedSignInLimit } from '../../middleware/rate-limit.js';
import { textParam } from '../../request/query-params.js';
import { defaultLocale, isLocale } from '../../../i18n/locales.js';
import type { SendPage } from '../../views/render.js';
import { contentReportRouter } from './content.js';
import { articleFeedbackRouter } from './feedback.js';
import { overviewRouter } from './overview.js';
import { searchesRouter } from './searches.js';
import { staffPageSender } from './staff-page.js';
import { surveyResultsRouter } from './survey.js';

export type AdminServices = Pick<
  Services,
  'content' | 'i18n' | 'surveyStore' | 'feedbackStore' | 'searchCounter' | 'search'
>;

/**
 * Staff pages behind HTTP Basic auth, each in its own module: the overview, the survey
 * results, the article votes, the searches and the translation report, with their CSVs.
 */
export function adminRouter(services: AdminServices, send: SendPage, config: Config): Router {
  const router = Router();
  router.use(basicAuth(config.admin, failedSignInLimit()));
  router.use((req, res, next) => {
    // The staff member picks the language with ?lang; there is no /en/ or /fr/ prefix here.
    const lang = textParam(req.query.lang);
    res.locals.locale = isLocale(lang) ? lang : defaultLocale;
    res.set({ 'Cache-Control': cacheControl.perVisitor, 'X-Robots-Tag': 'noindex' });
    next();
  });
  const sendStaff = staffPageSender(send);
  router.use(overviewRouter(services, sendStaff));
  router.use(surveyResultsRouter(services, send));
  router.use(articleFeedbackRouter(services, sendStaff));
  router.use(searchesRouter(services, sendStaff));
  router.use(contentReportRouter(services, sendStaff));
  return router;
}

import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Router } from 'express';
import type { Config } from '../../config.js';
import type { Services } from '../../services.js';
import { csvFileName, csvLines } from '../../survey/csv.js';
import type { ResponseFilter, SurveyStore } from '../../survey/store.js';
import { adminUrl, parseAdminQuery } from '../request/admin-query.js';
import { basicAuth } from '../middleware/basic-auth.js';
import { failedSignInLimit } from '../middleware/rate-limit.js';
import type { SendPage } from '../views/render.js';
import { commentViews, questionResults } from '../view-models/survey-results.js';
import { sameForAll } from '../urls.js';

const resultsPath = '/admin/survey';
const csvPath = '/admin/survey.csv';
const commentsPerPage = 20;

/** A page of comments; a page number past the end shows the last page. */
async function commentsPage(store: SurveyStore, filter: ResponseFilter, page: number) {
  const at = (n: number) =>
    store.comments(filter, { offset: (n - 1) * commentsPerPage, limit: commentsPerPage });
  const first = await at(page);
  const pageCount = Math.max(1, Math.ceil(first.total / commentsPerPage));
  return page > pageCount
    ? { ...(await at(pageCount)), page: pageCount, pageCount }
    : { ...first, page, pageCount };
}

/** Staff pages behind HTTP Basic auth: the survey results and their CSV export. */
export function adminRouter(
  services: Pick<Services, 'content' | 'surveyStore' | 'i18n'>,
  send: SendPage,
  config: Config,
): Router {
  const { content, surveyStore: store, i18n } = services;
  const router = Router();
  router.use(basicAuth(config.admin, failedSignInLimit()));
  router.use((req, res, next) => {
    // The staff member picks the language with ?lang; there is no /en/ or /fr/ prefix here.
    res.locals.locale = parseAdminQuery(req.query).lang;
    res.set({ 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' });
    next();
  });

  router.get('/survey', async (req, res) => {
    const { lang, filter, notes, page } = parseAdminQuery(req.query);
    const [summary, comments] = await Promise.all([
      store.summary(filter),
      commentsPage(store, filter, page),
    ]);
    const topics = content.repo.categories(lang);
    send(
      res,
      'pages/admin-survey.njk',
      {
        alternates: sameForAll((l) =>
          adminUrl(resultsPath, { lang: l, filter, page: comments.page }),
        ),
        noindex: true,
        showBanner: false,
      },
      {
        total: summary.total,
        questions: questionResults(i18n.t(lang), lang, topics, summary),
        filter,
        notes,
        formAction: resultsPath,
        clearUrl: adminUrl(resultsPath, { lang, filter: {} }),
        csvUrl: adminUrl(csvPath, { filter }),
        comments: {
          total: comments.total,
          items: commentViews(comments.items, lang),
          current: comments.page,
          first: (comments.page - 1) * commentsPerPage + 1,
          pages: Array.from({ length: comments.pageCount }, (_, i) => ({
            number: i + 1,
            url: adminUrl(resultsPath, { lang, filter, page: i + 1 }, '#comments'),
          })),
        },
      },
    );
  });

  router.get('/survey.csv', async (req, res) => {
    const { filter } = parseAdminQuery(req.query);
    res.set({
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${csvFileName(new Date())}"`,
    });
    try {
      await pipeline(Readable.from(csvLines(store.responses(filter))), res);
    } catch (error) {
      // A download cancelled half-way is not a fault of ours; anything else is.
      if ((error as { code?: string }).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error;
    }
  });

  return router;
}

import { randomUUID } from 'node:crypto';
import { Router, type Request, type Response } from 'express';
import type { Config } from '../../config.js';
import type { ContentService } from '../../content/service.js';
import type { I18n } from '../../i18n/index.js';
import { locales, type Locale } from '../../i18n/locales.js';
import type { SurveyStore } from '../../survey/store.js';
import { validateAnswers, type ValidationResult } from '../../survey/validation.js';
import { cacheControl } from '../http/cache-control.js';
import { invitationCookie, invitationCookieOptions } from '../middleware/banner-state.js';
import type { csrfProtection } from '../middleware/csrf.js';
import { formBody } from '../middleware/forms.js';
import { surveyRateLimit } from '../middleware/rate-limit.js';
import { textParam } from '../request/query-params.js';
import type { SendPage } from '../views/render.js';
import { surveyFormView } from '../view-models/survey-form.js';
import { homePath, sameForAll } from '../urls.js';
import { localeOf } from '../http/locals.js';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** A page of this site the visitor came from: a locale path, no query, reasonably short. */
const sitePath = new RegExp(`^/(${locales.join('|')})/[a-z0-9\\-/]{0,200}$`);

export function safeFromPath(value: unknown): string | null {
  const path = textParam(value);
  return sitePath.test(path) && !path.includes('//') && !/\/survey(\/|$)/.test(path) ? path : null;
}

interface Deps {
  content: ContentService;
  store: SurveyStore;
  i18n: I18n;
  send: SendPage;
  csrf: ReturnType<typeof csrfProtection>;
  config: Config;
}

/** A form before any answer. */
const blankForm = { values: {} as ValidationResult['values'], errors: [] };

/** The survey: the form (GET), its submission (POST, then 303) and the thank-you page. */
export function surveyRouter({ content, store, i18n, send, csrf, config }: Deps): Router {
  const router = Router({ mergeParams: true });
  const surveyPaths = sameForAll((l) => `/${l}/survey`);

  const showForm = (
    req: Request,
    res: Response,
    form: { submissionId: string; from: string | null; state?: ValidationResult },
  ) => {
    const state = form.state ?? blankForm;
    res.set('Cache-Control', cacheControl.perVisitor);
    send(
      res,
      'pages/survey.njk',
      { alternates: surveyPaths, showBanner: false, noindex: true },
      {
        csrfToken: csrf.generateCsrfToken(req, res, { overwrite: true }),
        submissionId: form.submissionId,
        from: form.from ?? '',
        form: surveyFormViewFor(localeOf(res), state),
        hasErrors: state.errors.length > 0,
      },
    );
  };
  const surveyFormViewFor = (locale: Locale, state: Pick<ValidationResult, 'values' | 'errors'>) =>
    surveyFormView(i18n.t(locale), locale, content.repo.categories(locale), state);

  router.get('/survey', (req, res) => {
    showForm(req, res, { submissionId: randomUUID(), from: safeFromPath(req.query.from) });
  });

  router.post(
    '/survey',
    surveyRateLimit(config.surveyRateLimit),
    ...formBody(),
    csrf.verifyCsrf,
    async (req, res) => {
      const locale = localeOf(res);
      const body = req.body as Record<string, unknown>;
      const thanks = `/${locale}/survey/thanks`;
      // Bots fill every field; people never see this one. Answer as if all went well.
      if (textParam(body.website) !== '') return res.redirect(303, thanks);
      const submissionId = uuid.test(textParam(body.submission))
        ? textParam(body.submission)
        : randomUUID();
      const from = safeFromPath(body.from);
      const topics = content.repo.categories(locale).map((c) => c.id);
      const state = validateAnswers(body, topics);
      if (!state.answers) {
        res.status(400);
        return showForm(req, res, { submissionId, from, state });
      }
      await store.save({
        submissionId,
        locale,
        createdAt: new Date().toISOString(),
        answers: state.answers,
        fromPath: from,
      });
      // Stored and committed (or already stored by an earlier click): only now acknowledge.
      res.cookie(invitationCookie, 'hidden', invitationCookieOptions(config.https));
      res.redirect(303, thanks);
    },
  );

  router.get('/survey/thanks', (_req, res) => {
    res.set('Cache-Control', cacheControl.perVisitor);
    send(res, 'pages/survey-thanks.njk', {
      alternates: sameForAll((l) => `/${l}/survey/thanks`),
      showBanner: false,
      noindex: true,
    });
  });

  router.post('/survey/dismiss', ...formBody(), (req, res) => {
    // No CSRF token here on purpose: the worst a forged request can do is hide an
    // invitation, and a token would make every page different for every visitor.
    const back =
      safeFromPath((req.body as Record<string, unknown>).return) ?? homePath(localeOf(res));
    res.cookie(invitationCookie, 'hidden', invitationCookieOptions(config.https));
    res.redirect(303, back);
  });

  return router;
}

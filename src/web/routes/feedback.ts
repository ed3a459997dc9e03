import { Router, type Request, type Response } from 'express';
import type { Config } from '../../config.js';
import type { Article } from '../../content/model.js';
import type { ContentService } from '../../content/service.js';
import { AppError } from '../../errors.js';
import type { FeedbackStore } from '../../feedback/store.js';
import { readVoteForm } from '../../feedback/vote-form.js';
import type { I18n } from '../../i18n/index.js';
import { cacheControl } from '../http/cache-control.js';
import { localeOf } from '../http/locals.js';
import { formBody } from '../middleware/forms.js';
import { feedbackRateLimit } from '../middleware/rate-limit.js';
import { sameOriginPosts } from '../middleware/same-origin.js';
import { articleAlternates, articlePath } from '../urls.js';
import { articlePage } from '../view-models/article-page.js';
import { feedbackView, type FeedbackState } from '../view-models/feedback-form.js';
import type { RenderPage, SendPage } from '../views/render.js';

/** A vote that no form of ours could have sent: a localized 400, nothing stored. */
export class VoteRejectedError extends AppError {
  /** Which strings (errors.<kind>) explain the refusal. */
  readonly kind = 'voteInvalid';
  /** The article's page, when the vote named a real one: the error page links back to it. */
  readonly back: string | undefined;
  constructor(problem: string, back?: string) {
    super(`Vote refused: ${problem}`, 400);
    this.back = back;
  }
}

interface Deps {
  content: ContentService;
  store: FeedbackStore;
  i18n: I18n;
  send: SendPage;
  render: RenderPage;
  config: Config;
}

/**
 * "Was this helpful?" (POST /{lang}/feedback). The form sits on public pages that every visitor
 * shares, so it carries no token: the browser's own Origin and Sec-Fetch-Site refuse posts
 * from other sites, a honeypot and a per-address limit stop floods. One post is one vote; it
 * answers 303 to the article's thank-you state, or JSON to the page's script (feedback.js).
 */
export function feedbackRouter({ content, store, i18n, send, render, config }: Deps): Router {
  const router = Router({ mergeParams: true });
  const wantsJson = (req: Request) => req.accepts(['html', 'json']) === 'json';

  /** The feedback section alone, for the script to put in place of the one on the page. */
  const section = (res: Response, article: Article, state: FeedbackState) => {
    const locale = localeOf(res);
    const feedback = feedbackView(i18n.t(locale), locale, article.id, state);
    const alternates = articleAlternates(content.repo, article);
    const data = { feedback, summaryInside: true };
    const html = render('partials/feedback.njk', locale, { alternates }, data);
    return { html, errors: feedback.errorList.map((error) => error.text) };
  };

  const thank = (req: Request, res: Response, article: Article, path: string) => {
    if (!wantsJson(req)) return res.redirect(303, `${path}?feedback=thanks#feedback`);
    res.json({ html: section(res, article, { kind: 'thanks' }).html });
  };

  router.post(
    '/feedback',
    sameOriginPosts(config),
    feedbackRateLimit(config.feedbackRateLimit),
    ...formBody(),
    async (req, res) => {
      const locale = localeOf(res);
      const repo = content.repo;
      const form = readVoteForm(req.body);
      const article = repo.articleById(locale, form.articleId);
      if (!article) throw new VoteRejectedError('unknown article');
      const path = articlePath(article, repo.categoryOf(article));
      res.set('Cache-Control', cacheControl.perVisitor);
      // Bots fill every field; people never see this one. Answer as if all went well.
      if (form.honeypot) return thank(req, res, article, path);
      if (form.problem === 'commentTooLong') {
        const state = { kind: 'error', values: form.values } as const;
        res.status(400);
        if (!wantsJson(req)) {
          const page = articlePage({ repo, i18n, siteUrl: config.siteUrl }, article, state);
          return send(res, 'pages/article.njk', page.meta, page.data);
        }
        const { html, errors } = section(res, article, state);
        return res.json({ error: i18n.t(locale)('survey.errorSummaryTitle'), errors, html });
      }
      if (!form.vote) throw new VoteRejectedError(form.problem ?? 'no vote', path);
      await store.saveVote({
        createdAt: new Date().toISOString(),
        locale,
        articleId: article.id,
        ...form.vote,
      });
      // Stored and committed: only now acknowledge.
      thank(req, res, article, path);
    },
  );

  return router;
}

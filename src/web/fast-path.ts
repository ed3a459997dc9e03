import type { RequestListener } from 'node:http';
import type { Config } from '../config.js';
import type { Services } from '../services.js';
import { cachedAnswers, surveyFormAnswers } from './fast-answers.js';
import { logResponse, requestId } from './middleware/request-log.js';
import { securityHeaderSet } from './middleware/security.js';

/**
 * The server's request handler. The answers most requests get are written from here, with
 * headers prepared once (security headers included), before Express and its middleware see
 * the request: cached pages and search answers, and the blank survey form (rendered once, a
 * fresh token and submission id filled in). Everything else goes on to `next` (the app),
 * which answers these too when this declines: while stopping (the answer closes its
 * connection), before their first rendering, when the `lang` cookie must change, or when
 * the cookies are unusual.
 */
export function createRequestHandler(
  next: RequestListener,
  { pageCache, lifecycle, logger }: Pick<Services, 'pageCache' | 'lifecycle' | 'logger'>,
  config: Config,
): RequestListener {
  const security = Object.entries(securityHeaderSet(config)).flatMap(([name, value]) =>
    value === undefined ? [] : [name, String(value)],
  );
  const cached = cachedAnswers(pageCache, security);
  const surveyForm = surveyFormAnswers(pageCache, security, config);

  return (req, res) => {
    const startedAt = Date.now();
    const { method } = req;
    if ((method !== 'GET' && method !== 'HEAD') || lifecycle.stopping) return next(req, res);
    const answer = cached(req) ?? surveyForm(req);
    if (!answer) return next(req, res);
    const id = requestId(req);
    res.writeHead(answer.status, [...answer.headers, 'X-Request-Id', id]);
    res.end(method === 'HEAD' ? undefined : answer.body);
    logResponse(logger, id, method, req.url ?? '', answer.status, startedAt);
  };
}

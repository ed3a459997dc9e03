import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import type { Logger } from '../../logger.js';

/** An incoming X-Request-Id is kept only if it looks like an id, not like injected text. */
const requestIdPattern = /^[A-Za-z0-9._:-]{1,128}$/;

/** The request's id: the one a proxy sent (nginx gives each request one) or a new one. */
export function requestId(req: IncomingMessage): string {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && requestIdPattern.test(incoming) ? incoming : randomUUID();
}

/**
 * One log line per request: id, method, path, status and duration. Deliberately nothing
 * else: no query string (search words may be personal), no headers, no IP address, no body
 * (survey answers never reach the log). One plain object per line, no child logger per
 * request: at thousands of requests a second, that difference shows.
 */
export function logResponse(
  logger: Logger,
  id: string,
  method: string | undefined,
  url: string,
  status: number,
  startedAt: number,
): void {
  const line = {
    reqId: id,
    req: { method, path: url.split('?')[0] },
    res: { status },
    ms: Date.now() - startedAt,
  };
  // Errors are logged once more, with their stack, by the error handler.
  if (status >= 500) logger.error(line, String(status));
  else logger.info(line, String(status));
}

/** The request log for everything the app answers: X-Request-Id, then a line once answered. */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const startedAt = Date.now();
    const id = requestId(req);
    res.setHeader('X-Request-Id', id);
    // "close" also comes when the visitor goes away before the answer is complete.
    res.once('close', () =>
      logResponse(logger, id, req.method, req.originalUrl, res.statusCode, startedAt),
    );
    next();
  };
}

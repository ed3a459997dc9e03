import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from '../../logger.js';

/** An incoming X-Request-Id is kept only if it looks like an id, not like injected text. */
const requestIdPattern = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * One log line per request, once answered (or abandoned): id, method, path, status and
 * duration. Deliberately nothing else: no query string (search words may be personal), no
 * headers, no IP address, no body (survey answers never reach the log).
 *
 * One pino call per request rather than pino-http: pino-http's child logger and properties
 * per request cost a quarter of the throughput of cached pages (0.53 against 0.70 × an
 * Express hello world at 10,000 articles per locale; see bench/README.md).
 */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const startedAt = Date.now();
    const incoming = req.headers['x-request-id'];
    // The id a proxy gave the request (nginx gives each one), else a new one.
    const id =
      typeof incoming === 'string' && requestIdPattern.test(incoming) ? incoming : randomUUID();
    res.setHeader('X-Request-Id', id);
    res.once('close', () => {
      const status = res.statusCode;
      const line = {
        req: { id, method: req.method, path: req.originalUrl.split('?')[0] },
        res: { status },
        responseTime: Date.now() - startedAt,
      };
      // Errors are logged once more, with their stack, by the error handler.
      if (status >= 500) logger.error(line, String(status));
      else logger.info(line, String(status));
    });
    next();
  };
}

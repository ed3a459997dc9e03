import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import onHeaders from 'on-headers';
import type { Logger } from '../../logger.js';

/** An incoming X-Request-Id is kept only if it looks like an id, not like injected text. */
const requestIdPattern = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * One log line per request: id, method, path, status and the time to the response's headers.
 * Deliberately nothing else: no query string (search words may be personal), no headers, no
 * IP address, no body (survey answers never reach the log).
 *
 * The line is written (synchronously, see logger.ts) just before the headers leave, so no
 * visitor ever has a response whose line a crash could still lose. A request that ends with
 * no response (the visitor went away) is logged when it closes, as `aborted`.
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
    const line = (status: number) => ({
      req: { id, method: req.method, path: req.originalUrl.split('?')[0] },
      res: { status },
      responseTime: Date.now() - startedAt,
    });
    onHeaders(res, () => {
      const status = res.statusCode;
      // Errors are logged once more, with their stack, by the error handler.
      if (status >= 500) logger.error(line(status), String(status));
      else logger.info(line(status), String(status));
    });
    res.once('close', () => {
      if (!res.headersSent) logger.info(line(res.statusCode), 'aborted');
    });
    next();
  };
}

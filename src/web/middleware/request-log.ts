import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { pinoHttp } from 'pino-http';
import type { Logger } from '../../logger.js';

/** An incoming X-Request-Id is kept only if it looks like an id, not like injected text. */
const requestIdPattern = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * One log line per request: id, method, path, status and duration. Deliberately nothing
 * else: no query string (search words may be personal), no headers, no IP address, no body
 * (survey answers never reach the log).
 */
export function requestLog(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const incoming = req.headers['x-request-id'];
      const id =
        typeof incoming === 'string' && requestIdPattern.test(incoming) ? incoming : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    serializers: {
      req: (req: { method: string; url: string }) => ({
        method: req.method,
        path: req.url.split('?')[0],
      }),
      res: (res: { statusCode: number }) => ({ status: res.statusCode }),
    },
    customSuccessMessage: (_req, res) => `${res.statusCode}`,
    customErrorMessage: (_req, res) => `${res.statusCode}`,
    // Errors are logged once, with their stack, by the error handler.
    customLogLevel: (_req, res) => (res.statusCode >= 500 ? 'error' : 'info'),
    customAttributeKeys: { responseTime: 'ms' },
    quietReqLogger: true,
  }) as unknown as RequestHandler;
}

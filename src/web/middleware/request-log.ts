import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request } from 'express';
import { pinoHttp } from 'pino-http';
import type { Logger } from '../../logger.js';

/** An incoming X-Request-Id is kept only if it looks like an id, not like injected text. */
const requestIdPattern = /^[A-Za-z0-9._:-]{1,128}$/;

/** The request's id: the one a proxy sent (nginx gives each request one) or a new one. */
function requestId(req: IncomingMessage, res: ServerResponse): string {
  const incoming = req.headers['x-request-id'];
  const id =
    typeof incoming === 'string' && requestIdPattern.test(incoming) ? incoming : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

/**
 * One log line per request, once answered (or abandoned): id, method, path, status and
 * duration. Deliberately nothing else: no query string (search words may be personal), no
 * headers, no IP address, no body (survey answers never reach the log).
 */
export function requestLog(logger: Logger) {
  const status = (_req: IncomingMessage, res: ServerResponse) => String(res.statusCode);
  return pinoHttp({
    logger,
    genReqId: requestId,
    // One child logger per request (the `req` binding, which carries the id): each costs.
    wrapSerializers: false,
    serializers: {
      req: (req: Request) => ({
        id: req.id,
        method: req.method,
        path: req.originalUrl.split('?')[0],
      }),
      res: (res: ServerResponse) => ({ status: res.statusCode }),
    },
    // Errors are logged once more, with their stack, by the error handler.
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
    customErrorObject: (_req, _res, _error, line: Record<string, unknown>) => ({
      res: line.res,
      responseTime: line.responseTime,
    }),
    customSuccessMessage: status,
    customErrorMessage: status,
  });
}

import { pino, type Logger } from 'pino';

export type { Logger };

/** JSON lines on stdout; the level comes from LOG_LEVEL. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    // Defence in depth: even if someone logs a request object, these never reach the log.
    redact: { paths: ['req.headers', 'req.remoteAddress', 'req.body', 'body'], remove: true },
  });
}

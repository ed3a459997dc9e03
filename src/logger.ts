import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * JSON lines on stdout; the level comes from LOG_LEVEL. Writes are asynchronous (a blocking
 * write per request adds up at thousands of requests a second) and flushed at exit.
 */
export function createLogger(level: string): Logger {
  const destination = pino.destination({ dest: 1, sync: false });
  process.once('exit', () => destination.flushSync());
  return pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      // Defence in depth: even if someone logs a request object, these never reach the log.
      redact: { paths: ['req.headers', 'req.remoteAddress', 'req.body', 'body'], remove: true },
    },
    destination,
  );
}

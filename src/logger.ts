import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * JSON lines on stdout (or `destination`, in tests); the level comes from LOG_LEVEL. Each
 * line is written as it is logged (pino's synchronous stdout), so a crash, even a SIGKILL,
 * never loses the lines of requests already answered.
 */
export function createLogger(
  level: string,
  destination: DestinationStream = pino.destination({ dest: 1, sync: true }),
): Logger {
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

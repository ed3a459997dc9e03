import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** Lines wait to fill a buffer of this size, or for `flushMs`, whichever comes first. */
const bufferBytes = 4096;
const flushMs = 1000;

/**
 * JSON lines on stdout (or `destination`, in tests); the level comes from LOG_LEVEL. Writes are asynchronous and
 * buffered (a write per request adds up at thousands of requests a second): a line reaches
 * stdout within a second, and whatever is left is flushed at exit.
 */
export function createLogger(
  level: string,
  destination: DestinationStream = bufferedStdout(),
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

function bufferedStdout() {
  const destination = pino.destination({ dest: 1, sync: false, minLength: bufferBytes });
  setInterval(() => destination.flush(), flushMs).unref();
  process.once('exit', () => destination.flushSync());
  return destination;
}

import { watch } from 'node:fs';
import { createServer, type RequestListener, type ServerResponse } from 'node:http';
import net from 'node:net';
import { createApp } from './app.js';
import { clientTimeouts } from './client-timeouts.js';
import { ConfigError, loadConfig } from './config.js';
import { ContentValidationError } from './content/errors.js';
import { buildServices, closeServices } from './services.js';

/** How long a kept-alive connection may stay idle once shutdown has begun. */
const idleGraceMs = 1000;

async function main(): Promise<void> {
  const config = loadConfig();
  const services = await buildServices(config);
  const { logger, lifecycle } = services;
  if (config.watch) {
    services.content.watch(config.contentDir, (error) =>
      logger.error({ err: error }, 'content reload failed'),
    );
    // Edited templates and assets show on the next request: forget pages rendered with the old ones.
    for (const dir of [config.viewsDir, config.publicDir]) {
      watch(dir, { recursive: true }, () => {
        services.assets.refresh();
        services.pageCache.clear();
      });
    }
  }
  if (!config.csrfSecretFromEnv && config.env === 'production') {
    logger.warn(
      'CSRF_SECRET is unset: survey forms stop working at each restart and across instances',
    );
  }

  // Requests the app answers, until answered.
  const inFlight = new Set<ServerResponse>();
  const app = createApp(services, config);
  const tracked: RequestListener = (req, res) => {
    inFlight.add(res);
    res.once('close', () => inFlight.delete(res));
    app(req, res);
  };
  const server = createServer(
    {
      headersTimeout: clientTimeouts.headersMs,
      requestTimeout: clientTimeouts.requestMs,
      connectionsCheckingInterval: clientTimeouts.checkEveryMs,
    },
    tracked,
  );
  server.keepAliveTimeout = clientTimeouts.keepAliveMs;
  server.listen(config.port, config.host, () => {
    lifecycle.state = 'ready';
    logger.info(
      { url: `http://${config.host}:${config.port}/`, env: config.env },
      'help centre listening',
    );
  });

  /**
   * Graceful stop: /readyz turns 503, no new connections are accepted, requests in flight
   * finish, idle keep-alive connections close, then the store closes. Whatever is still open
   * after SHUTDOWN_TIMEOUT seconds is cut.
   */
  const shutdown = (signal: string) => {
    if (lifecycle.stopping) return;
    lifecycle.state = 'stopping';
    logger.info({ signal }, 'shutting down');
    const deadline = setTimeout(() => {
      logger.warn('shutdown deadline reached: closing remaining connections');
      server.closeAllConnections();
    }, config.shutdownTimeout * 1000);
    deadline.unref();
    // Every answer from now on closes its connection: answers to requests already in flight
    // here, those to later requests on kept-alive connections in closeConnectionsWhenStopping.
    for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
    // Stop accepting connections. Not server.close(): it also cuts idle kept-alive connections
    // at once, resetting a client (or nginx) that is sending its next request on one just then.
    net.Server.prototype.close.call(server, () => {
      clearTimeout(deadline);
      closeServices(services)
        .catch((error: unknown) => logger.error({ err: error }, 'closing services failed'))
        .finally(() => {
          logger.info('stopped');
          process.exit(0);
        });
    });
    // Busy connections close after their next answer; those still idle after a moment are
    // not in use (a health check's, say): close them, and again for any that turns idle.
    setInterval(() => server.closeIdleConnections(), idleGraceMs).unref();
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  // Configuration and content mistakes are the operator's or editor's to fix: say what, not where in our code.
  const known = error instanceof ConfigError || error instanceof ContentValidationError;
  console.error(known ? error.message : error);
  process.exit(1);
});

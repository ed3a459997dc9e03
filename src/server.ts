import { watch } from 'node:fs';
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { ContentValidationError } from './content/errors.js';
import { buildServices, closeServices } from './services.js';

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

  const server = createApp(services, config).listen(config.port, config.host, () => {
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
    server.close(() => {
      clearTimeout(deadline);
      closeServices(services)
        .catch((error: unknown) => logger.error({ err: error }, 'closing services failed'))
        .finally(() => {
          logger.info('stopped');
          process.exit(0);
        });
    });
    server.closeIdleConnections();
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

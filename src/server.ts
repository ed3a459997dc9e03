import { watch } from 'node:fs';
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { ContentValidationError } from './content/errors.js';
import { buildServices } from './services.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const services = await buildServices(config);
  if (config.watch) {
    services.content.watch(config.contentDir, (error) => console.error(String(error)));
    // Edited templates and assets show on the next request: forget pages rendered with the old ones.
    for (const dir of [config.viewsDir, config.publicDir]) {
      watch(dir, { recursive: true }, () => {
        services.assets.refresh();
        services.pageCache.clear();
      });
    }
  }
  const app = createApp(services, config);

  const server = app.listen(config.port, config.host, () => {
    console.log(`Help centre listening on http://${config.host}:${config.port}/ (${config.env})`);
  });

  const shutdown = (signal: string) => {
    console.log(`${signal} received: closing`);
    services.content.close();
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    // Do not wait forever on slow clients.
    setTimeout(() => process.exit(0), 10_000).unref();
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

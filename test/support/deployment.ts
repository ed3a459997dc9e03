/**
 * README's "Running several instances" for the deploy tests: two instances on one PostgreSQL
 * behind the real deploy/nginx.conf.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { freeNginxPorts, startNginx, type RunningNginx } from './nginx.js';
import { createTestDatabase, type TestDatabase } from './pg.js';
import { adminCredentials } from './server.js';
import { launchServer, type ServerProcess } from './server-process.js';

export interface Deployment {
  instances: [ServerProcess, ServerProcess];
  nginx: RunningNginx;
  /** The PostgreSQL database both instances use. */
  databaseUrl: string;
  /** Stops nginx, then the instances, then drops their database. */
  stop: () => Promise<void>;
}

/**
 * README's "Running several instances": two instances on a new PostgreSQL database (from
 * the run's server) behind nginx. Whatever started is stopped again if a later step fails.
 */
export async function startDeployment(): Promise<Deployment> {
  let database: TestDatabase | undefined;
  let instances: ServerProcess[] = [];
  let nginx: RunningNginx | undefined;
  // nginx's search log, read by the first instance (SEARCH_LOG), as in the README.
  const logDir = await mkdtemp(path.join(tmpdir(), 'help-centre-searchlog-'));
  const searchLog = path.join(logDir, 'searches.log');
  const stop = async () => {
    await nginx?.stop();
    await Promise.all(instances.map((instance) => instance.stop()));
    await database?.drop();
    await rm(logDir, { recursive: true, force: true });
  };
  try {
    database = await createTestDatabase();
    const ports = await freeNginxPorts();
    const env = {
      // The same public address on every instance, as in production: the pages (canonical
      // links) are then the same whichever instance made the cached copy.
      SITE_URL: `https://127.0.0.1:${ports.https}`,
      DATABASE_URL: database.url,
      CSRF_SECRET: 'nginx-test-csrf-secret-0123456789abcdef',
      // nginx runs on this machine, as in the README's instance command.
      TRUST_PROXY: 'loopback',
      ADMIN_USERNAME: adminCredentials.username,
      ADMIN_PASSWORD: adminCredentials.password,
      // Each instance logs a line per request with its X-Request-Id: that tells who served what.
      LOG_LEVEL: 'info',
    };
    // allSettled: both at once (they migrate the new database together), and both kept for
    // stop() when only one starts.
    const started = await Promise.allSettled([
      launchServer({ ...env, SEARCH_LOG: searchLog }),
      launchServer(env),
    ]);
    instances = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    const failed = started.find((result): result is PromiseRejectedResult => !('value' in result));
    if (failed) throw failed.reason;
    const [first, second] = instances as [ServerProcess, ServerProcess];
    nginx = await startNginx([first.port, second.port], { ports, searchLog });
    return { instances: [first, second], nginx, databaseUrl: database.url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Registers the hooks of a deploy test file and returns the running deployment. A setup
 * failure (nginx or PostgreSQL) is kept for each test to throw, so every test
 * fails saying how to get it rather than being skipped.
 */
export function useDeployment(): () => Deployment {
  let deployment: Deployment | undefined;
  let setupError: unknown;
  beforeAll(async () => {
    try {
      deployment = await startDeployment();
    } catch (error) {
      setupError = error;
    }
  }, 90_000);
  afterAll(async () => {
    await deployment?.stop();
  });
  return () => {
    if (!deployment) throw setupError;
    return deployment;
  };
}

/**
 * The real server in a child process, for browser tests: `node --import tsx src/server.ts`
 * on a free 127.0.0.1 port, with its own empty survey database in a temp folder.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchServer } from './server-process.js';

export { freePort } from './server-process.js';

export const adminCredentials = { username: 'staff', password: 'correct horse battery' };

export interface RunningServer {
  /** Origin without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  stop: () => Promise<void>;
}

/** Starts the server; `env` adds to or overrides the test settings (e.g. CONTENT_DIR). */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'help-centre-e2e-'));
  try {
    const server = await launchServer({
      DATA_DIR: dataDir,
      ADMIN_USERNAME: adminCredentials.username,
      ADMIN_PASSWORD: adminCredentials.password,
      ...env,
    });
    return {
      url: server.url,
      stop: async () => {
        await server.stop();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}

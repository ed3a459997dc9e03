import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../../src/app.js';
import { loadConfig, projectRoot, type Config } from '../../src/config.js';
import { buildServices, closeServices, type Services } from '../../src/services.js';
import { onCleanup } from './cleanup.js';

export const realContentDir = path.join(projectRoot, 'content');

/**
 * Builds the real app (real middleware, real templates) around the given content folder. Its
 * services are closed, and the DATA_DIR made for it removed, when the test file ends.
 */
export async function buildTestApp(env: Record<string, string> = {}): Promise<{
  app: ReturnType<typeof createApp>;
  services: Services;
  config: Config;
}> {
  // Each app gets its own survey database unless the test names one.
  const dataDir = env.DATA_DIR ?? (await mkdtemp(path.join(tmpdir(), 'help-centre-data-')));
  const config = loadConfig({
    NODE_ENV: 'test',
    CONTENT_DIR: realContentDir,
    DATA_DIR: dataDir,
    ...env,
  });
  const services = await buildServices(config);
  onCleanup(async () => {
    await closeServices(services);
    if (!env.DATA_DIR) await rm(dataDir, { recursive: true, force: true });
  });
  return { app: createApp(services, config), services, config };
}

/** A temp folder removed by the returned cleanup function. */
export async function tempDir(
  prefix = 'help-centre-',
): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** A copy of the real content to modify in a test. */
export async function copyOfRealContent(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const temp = await tempDir('help-centre-content-');
  await cp(realContentDir, temp.dir, { recursive: true });
  return temp;
}

/** Writes a content tree from a map of relative path → file text. */
export async function writeContent(dir: string, files: Record<string, string>): Promise<void> {
  for (const [relative, text] of Object.entries(files)) {
    const file = path.join(dir, relative);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  }
}

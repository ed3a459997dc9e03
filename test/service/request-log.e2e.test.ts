/**
 * The request log survives a crash: every request answered before a SIGKILL has its line on
 * stdout, since each line is written as its request ends, not buffered.
 */
import { expect, it } from 'vitest';
import { tempDir } from '../support/app.js';
import { launchServer } from '../support/server-process.js';

it('has written the line of every answered request when the process is killed', async () => {
  const data = await tempDir('help-centre-log-');
  const server = await launchServer({ DATA_DIR: data.dir, LOG_LEVEL: 'info' });
  try {
    const ids = Array.from({ length: 20 }, (_, i) => `crash-probe-${i}`);
    for (const [i, id] of ids.entries()) {
      const res = await fetch(`${server.url}/${i % 2 ? 'fr' : 'en'}/`, {
        headers: { 'x-request-id': id },
      });
      await res.arrayBuffer();
      expect(res.status).toBe(200);
    }
    server.kill('SIGKILL');
    expect((await server.exited).signal).toBe('SIGKILL');
    const logged = ids.filter((id) => server.output().includes(`"id":"${id}"`));
    expect(logged).toEqual(ids);
  } finally {
    await server.stop();
    await data.cleanup();
  }
});

import request from 'supertest';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildTestApp } from '../support/app.js';

let site: Awaited<ReturnType<typeof buildTestApp>>;

beforeAll(async () => {
  site = await buildTestApp();
  site.services.lifecycle.state = 'ready';
});

describe('health checks', () => {
  it('answer on their exact paths, liveness without touching the store', async () => {
    const ping = vi.spyOn(site.services.surveyStore, 'ping');
    const live = await request(site.app).get('/healthz');
    expect([live.status, live.text, live.headers['cache-control']]).toEqual([
      200,
      'ok',
      'no-store',
    ]);
    expect(ping).not.toHaveBeenCalled();
    const ready = await request(site.app).get('/readyz');
    expect([ready.status, ready.text]).toEqual([200, 'ready']);
    expect(ping).toHaveBeenCalledTimes(1);
    ping.mockRestore();
  });

  it.each(['/readyz/', '/READYZ', '/Readyz', '/readyz//', '/healthz/', '/HEALTHZ', '/Healthz'])(
    'answer nothing on %s, and never ask the store',
    async (path) => {
      const ping = vi.spyOn(site.services.surveyStore, 'ping');
      const res = await request(site.app).get(path);
      expect(res.status).toBe(404);
      expect(res.text).not.toMatch(/^(ok|ready)$/);
      expect(ping).not.toHaveBeenCalled();
      ping.mockRestore();
    },
  );
});

/**
 * The deployment of "Running several instances" (README): two instances on one PostgreSQL
 * behind nginx with the real deploy/nginx.conf. Visitors answer the survey through nginx,
 * their requests landing on either instance, and each answer is stored exactly once.
 */
import { describe, expect, it } from 'vitest';
import { adminCredentials } from '../support/server.js';
import type { ServerProcess } from '../support/server-process.js';
import { SurveyVisitor } from '../support/survey-visitor.js';
import { useDeployment } from '../support/deployment.js';

const visitors = 8;
const answersEach = 5;
const basicAuth = `Basic ${Buffer.from(`${adminCredentials.username}:${adminCredentials.password}`).toString('base64')}`;

const site = useDeployment();

/** The submission ids of an instance's CSV export, fetched from the instance itself. */
async function csvIds(instance: ServerProcess): Promise<string[]> {
  const res = await fetch(`${instance.url}/admin/survey.csv`, {
    headers: { authorization: basicAuth },
    signal: AbortSignal.timeout(10_000),
  });
  expect(res.status).toBe(200);
  const [header, ...records] = (await res.text()).replace(/^\uFEFF/, '').split('\r\n');
  expect(header?.split(',')[0]).toBe('submission_id');
  return records.filter((line) => line !== '').map((line) => line.slice(0, line.indexOf(',')));
}

describe('two instances behind nginx', () => {
  const submitted: string[] = [];
  const requestIds: string[] = [];

  it('accepts survey answers through nginx whichever instance serves the form or the post', async () => {
    const { url } = site().nginx;
    await Promise.all(
      Array.from({ length: visitors }, async () => {
        const visitor = new SurveyVisitor();
        for (let i = 0; i < answersEach; i++) {
          const form = await visitor.openForm(url);
          const res = await visitor.submit(url, form);
          expect(res.status).toBe(303);
          expect(res.headers.get('location')).toBe('/en/survey/thanks');
          submitted.push(form.submission);
          requestIds.push(res.headers.get('x-request-id') ?? '');
        }
      }),
    );
    expect(new Set(submitted).size).toBe(visitors * answersEach);
  }, 60_000);

  it('lists every answer exactly once in the CSV of each instance', async () => {
    const { instances } = site();
    expect(submitted).toHaveLength(visitors * answersEach);
    for (const instance of instances) {
      const ids = await csvIds(instance);
      expect(ids).toHaveLength(submitted.length);
      expect([...ids].sort()).toEqual([...submitted].sort());
    }
  });

  it('passes /readyz from the machine itself to an instance that is ready', async () => {
    const res = await fetch(`${site().nginx.url}/readyz`, { signal: AbortSignal.timeout(5_000) });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('ready');
  });

  it('had both instances serve posts, as their logs show once they have stopped', async () => {
    const { instances } = site();
    expect(requestIds).toHaveLength(visitors * answersEach);
    // Log lines are buffered and flushed at exit, so the instances stop first (gracefully).
    for (const instance of instances) instance.kill('SIGTERM');
    const exits = await Promise.all(instances.map((instance) => instance.exited));
    expect(exits).toEqual([
      { code: 0, signal: null },
      { code: 0, signal: null },
    ]);
    // nginx gives each request an id that the instance serving it logs.
    const served = instances.map(
      (instance) => requestIds.filter((id) => instance.output().includes(`"id":"${id}"`)).length,
    );
    expect(
      served.every((count) => count > 0),
      `posts served: ${served.join(' + ')}`,
    ).toBe(true);
    expect(served[0]! + served[1]!).toBe(requestIds.length);
  });
});

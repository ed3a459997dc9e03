import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { createLogger } from '../../src/logger.js';
import { buildTestApp } from '../support/app.js';
import { surveyFormFields, validAnswers } from '../support/page-types.js';

interface Line {
  level: number;
  msg: string;
  req: { id: string; method: string; path: string };
  res: { status: number };
  responseTime: number;
}

let app: ReturnType<typeof createApp>;
const written: string[] = [];
const lines = () => written.map((text) => JSON.parse(text) as Line);

beforeAll(async () => {
  const { services, config } = await buildTestApp();
  const logger = createLogger('info', { write: (text: string) => written.push(text) });
  app = createApp({ ...services, logger }, config);
});

describe('the request log', () => {
  it('writes one line per request, a page from the cache included, with its id', async () => {
    written.length = 0;
    const first = await request(app).get('/fr/search?q=x');
    const again = await request(app).get('/fr/search?q=x');
    const missing = await request(app).get('/fr/nothing-here');
    expect(lines().map((l) => [l.req.method, l.req.path, l.res.status, l.msg])).toEqual([
      ['GET', '/fr/search', 200, '200'],
      ['GET', '/fr/search', 200, '200'],
      ['GET', '/fr/nothing-here', 404, '404'],
    ]);
    expect(lines().map((l) => l.req.id)).toEqual(
      [first, again, missing].map((res) => res.headers['x-request-id']),
    );
    expect(lines().every((l) => l.level === 30 && l.responseTime >= 0)).toBe(true);
  });

  it('keeps the id a proxy sent when it looks like one, and replaces any other', async () => {
    written.length = 0;
    await request(app).get('/en/').set('X-Request-Id', 'nginx-4f2a.9');
    await request(app).get('/en/').set('X-Request-Id', 'not an id, {"level":60}');
    const [kept, replaced] = lines();
    expect(kept?.req.id).toBe('nginx-4f2a.9');
    expect(replaced?.req.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('never holds a query string, header, address, cookie or survey answer', async () => {
    written.length = 0;
    const agent = request.agent(app);
    await agent.get('/en/search?q=my+secret+question').set('User-Agent', 'Probe/1.0');
    const form = await surveyFormFields(agent, 'en');
    const comment = 'A comment that must stay out of the log';
    const posted = await agent
      .post('/en/survey')
      .type('form')
      .send({ ...form, ...validAnswers, improve: comment });
    expect(posted.status).toBe(303);
    const text = written.join('');
    for (const secret of ['secret', 'Probe/1.0', '127.0.0.1', 'csrf', form._csrf, comment]) {
      expect(text, secret).not.toContain(secret);
    }
    expect(lines().map((l) => `${l.req.method} ${l.req.path} ${l.res.status}`)).toEqual([
      'GET /en/search 200',
      'GET /en/survey 200',
      'POST /en/survey 303',
    ]);
  });
});

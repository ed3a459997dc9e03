import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { failedSignInsAllowed } from '../../src/web/middleware/rate-limit.js';
import { buildTestApp } from '../support/app.js';
import { parseHtml } from '../support/html.js';

// Forged X-Forwarded-For against each TRUST_PROXY setting. The tests connect from 127.0.0.1,
// so the header is believed only when the setting trusts that address: the rate limits then
// count per forwarded address, otherwise per connection.

type App = Awaited<ReturnType<typeof buildTestApp>>['app'];

/** Opens the survey form and posts it back with valid answers, claiming to come from `from`. */
async function postSurvey(app: App, from: string): Promise<number> {
  const agent = request.agent(app);
  const doc = parseHtml((await agent.get('/en/survey')).text);
  const hidden = (name: string) =>
    doc.querySelector(`form.survey-form input[name="${name}"]`)?.getAttribute('value') ?? '';
  const res = await agent
    .post('/en/survey')
    .set('X-Forwarded-For', from)
    .type('form')
    .send({
      _csrf: hidden('_csrf'),
      submission: hidden('submission'),
      website: '',
      satisfaction: '4',
      found: 'yes',
      topic: 'eu-login',
      ease: '4',
    });
  return res.status;
}

async function surveyStatuses(app: App, addresses: string[]): Promise<number[]> {
  const statuses: number[] = [];
  for (const address of addresses) statuses.push(await postSurvey(app, address));
  return statuses;
}

/** Wrong passwords, each from a new forwarded address and a new user name. */
async function rotatedSignIns(app: App, count: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i++) {
    const res = await request(app)
      .get('/admin/survey')
      .auth(`guess-${i}`, 'not the password')
      .set('X-Forwarded-For', `203.0.113.${i}`);
    statuses.push(res.status);
  }
  return statuses;
}

const rotating = ['198.51.100.1', '198.51.100.2', '198.51.100.3'];
const staff = { ADMIN_USERNAME: 'staff', ADMIN_PASSWORD: 'correct horse battery' };

describe.each([
  ['unset', {}],
  ['false', { TRUST_PROXY: 'false' }],
  ['a list without the test’s address', { TRUST_PROXY: '10.0.0.0/8, 192.168.1.1, ::2' }],
])('with TRUST_PROXY %s, a forged X-Forwarded-For is ignored', (_name, trust) => {
  it('and rotating it does not escape the survey rate limit', async () => {
    const { app } = await buildTestApp({ ...trust, SURVEY_RATE_LIMIT: '2' });
    expect(await surveyStatuses(app, rotating)).toEqual([303, 303, 429]);
  });

  it('and rotating it does not escape the failed sign-in limit', async () => {
    const { app } = await buildTestApp({ ...trust, ...staff });
    const statuses = await rotatedSignIns(app, failedSignInsAllowed + 1);
    expect(statuses.at(-1)).toBe(429);
  });
});

describe('with TRUST_PROXY=loopback (nginx on the same machine)', () => {
  it('believes X-Forwarded-For from loopback: each forwarded address has its own count', async () => {
    const { app } = await buildTestApp({ TRUST_PROXY: 'loopback', SURVEY_RATE_LIMIT: '2' });
    expect(await surveyStatuses(app, rotating)).toEqual([303, 303, 303]);
    expect(
      await surveyStatuses(
        app,
        rotating.map(() => '198.51.100.9'),
      ),
    ).toEqual([303, 303, 429]);
  });

  it('counts failed sign-ins per forwarded address', async () => {
    const { app } = await buildTestApp({ TRUST_PROXY: 'loopback', ...staff });
    const statuses = await rotatedSignIns(app, failedSignInsAllowed + 1);
    expect(statuses).toEqual(statuses.map(() => 401));
  });
});

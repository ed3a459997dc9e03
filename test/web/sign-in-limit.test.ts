import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { failedSignInsAllowed } from '../../src/web/middleware/rate-limit.js';
import { buildTestApp } from '../support/app.js';
import { parseHtml } from '../support/html.js';

// Password guessing on the staff pages: failures are limited per address and per user name,
// and the right credentials always get in, whoever else is failing.

type App = Awaited<ReturnType<typeof buildTestApp>>['app'];
const staff = { ADMIN_USERNAME: 'staff', ADMIN_PASSWORD: 'correct horse battery' };

/** GET as a client at `address` (believed only when the app trusts the test's loopback). */
function signIn(app: App, user: string, password: string, address?: string, url = '/admin/survey') {
  const req = request(app).get(url).auth(user, password).set('Accept-Language', 'fr');
  return address ? req.set('X-Forwarded-For', address) : req;
}

async function statuses(attempts: (() => request.Test)[]): Promise<number[]> {
  const seen: number[] = [];
  for (const attempt of attempts) seen.push((await attempt()).status);
  return seen;
}

const times = <T>(n: number, make: (i: number) => T): T[] =>
  Array.from({ length: n }, (_, i) => make(i));
const allowed = failedSignInsAllowed;

describe('failed sign-ins from one address', () => {
  it('answers wrong passwords 401, then a localized 429, yet lets the right one in', async () => {
    const { app } = await buildTestApp(staff);
    const wrong = () => signIn(app, 'staff', 'not the password');
    expect(await statuses(times(allowed, () => wrong))).toEqual(times(allowed, () => 401));

    const refused = await wrong();
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toMatch(/^\d+$/);
    expect(parseHtml(refused.text).querySelector('h1')?.text).toBe('Trop d’échecs de connexion');

    for (const url of ['/admin/survey', '/admin/survey.csv']) {
      const right = await signIn(app, 'staff', staff.ADMIN_PASSWORD, undefined, url);
      expect(right.status, url).toBe(200);
    }
    expect((await wrong()).status).toBe(429);
  });

  it('counts every user name tried from the address, and still lets staff in', async () => {
    const { app } = await buildTestApp(staff);
    const guesses = times(allowed + 5, (i) => () => signIn(app, `guess-${i}`, 'not the password'));
    expect(await statuses(guesses)).toEqual([...times(allowed, () => 401), ...times(5, () => 429)]);
    expect((await signIn(app, 'staff', staff.ADMIN_PASSWORD)).status).toBe(200);
  });

  it('never counts a request without credentials, which is how a browser first asks', async () => {
    const { app } = await buildTestApp(staff);
    const noCredentials = [
      () => request(app).get('/admin/survey'),
      () => request(app).get('/admin/survey.csv'),
      () => request(app).get('/admin/survey').set('Authorization', 'Basic !!!'),
      () => request(app).get('/admin/survey').set('Authorization', 'Bearer abc'),
    ];
    const asks = await statuses(times(10, () => noCredentials).flat());
    expect(asks).toEqual(times(40, () => 401));

    const wrong = () => signIn(app, 'staff', 'not the password');
    expect(await statuses(times(allowed + 1, () => wrong))).toEqual([
      ...times(allowed, () => 401),
      429,
    ]);
  });
});

describe('failed sign-ins for one user name from many addresses', () => {
  // nginx on the same machine: the test connects from loopback, so X-Forwarded-For is the
  // client address, as it is for every visitor behind deploy/nginx.conf.
  const behindNginx = { ...staff, TRUST_PROXY: 'loopback' };

  it('limits the name across addresses, leaving other names and the right password alone', async () => {
    const { app } = await buildTestApp(behindNginx);
    const spread = times(allowed, (i) => () => signIn(app, 'staff', 'wrong', `203.0.113.${i}`));
    expect(await statuses(spread)).toEqual(times(allowed, () => 401));

    expect((await signIn(app, 'staff', 'wrong', '198.51.100.1')).status).toBe(429);
    expect((await signIn(app, 'someone', 'wrong', '198.51.100.2')).status).toBe(401);
    for (const url of ['/admin/survey', '/admin/survey.csv']) {
      const right = await signIn(app, 'staff', staff.ADMIN_PASSWORD, '198.51.100.3', url);
      expect(right.status, url).toBe(200);
    }
  });

  it('keeps one address’s failures from refusing another address', async () => {
    const { app } = await buildTestApp(behindNginx);
    const attacker = times(allowed + 1, (i) => () => signIn(app, `guess-${i}`, 'x', '203.0.113.9'));
    expect((await statuses(attacker)).at(-1)).toBe(429);
    expect((await signIn(app, 'colleague', 'typo', '198.51.100.7')).status).toBe(401);
  });
});

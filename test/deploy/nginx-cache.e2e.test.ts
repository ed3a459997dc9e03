/**
 * The shared cache of deploy/nginx.conf in front of two instances (README, "Caching: nginx
 * and CDNs"): public pages come from the cache, anything for one visitor never does, and
 * the TLS server is the production one. Each test uses its own pages, so the order of the
 * tests does not change what is cached.
 */
import { readdir, rm } from 'node:fs/promises';
import http2 from 'node:http2';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useDeployment } from '../support/deployment.js';
import { SurveyVisitor, type Answer } from '../support/survey-visitor.js';
import { hiddenField } from '../support/html.js';

const banner = 'class="survey-banner"';
const cacheable = 's-maxage=300';

const site = useDeployment();

/** A GET through nginx's plain-HTTP listen, as a first visit sends it: no cookies. */
function get(pathAndQuery: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new SurveyVisitor().request(`${site().nginx.url}${pathAndQuery}`, { headers });
}

const cacheStatus = (res: Answer) => res.headers.get('x-cache-status');

/** The files of one of nginx's cache folders, sorted. */
async function cacheFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Requests a page until nginx holds it: the first is a miss, the second a hit. */
async function cached(pathAndQuery: string): Promise<Answer> {
  const first = await get(pathAndQuery);
  expect(first.status).toBe(200);
  expect(cacheStatus(first)).toBe('MISS');
  const second = await get(pathAndQuery);
  expect(cacheStatus(second)).toBe('HIT');
  expect(second.body).toBe(first.body);
  // Each answer names its own request, not the one that filled the cache.
  expect(second.headers.get('x-request-id')).toMatch(/^[0-9a-f]{32}$/);
  expect(second.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));
  return second;
}

describe('the nginx cache in front of two instances', () => {
  it.each([
    '/en/eu-login/forgotten-eu-login-password',
    // The thank-you state of "Was this helpful?", where a vote's 303 leads.
    '/en/eu-login/change-eu-login-app-pin?feedback=thanks',
    '/fr/eu-login',
    '/en/europass-templates',
    '/en/search?q=password',
    '/api/search?lang=en&q=password',
    '/fr/',
    '/sitemap.xml',
  ])('serves %s from the cache the second time, to anyone, without a cookie', async (url) => {
    const hit = await cached(url);
    expect(hit.headers.get('cache-control')).toContain(cacheable);
    expect(hit.headers.get('set-cookie')).toBeNull();
    expect(hit.headers.get('etag')).toMatch(/^"/);
  });

  it('keeps fingerprinted assets in the cache', async () => {
    const page = await get('/en/eu-login/set-up-eu-login-app');
    const asset = /(\/assets\/[^"?#]+)"/.exec(page.body)?.[1];
    expect(asset, 'an /assets/ address on the page').toBeDefined();
    const hit = await cached(asset!);
    expect(hit.headers.get('cache-control')).toContain('immutable');
  });

  it('shares one copy per encoding however browsers spell Accept-Encoding', async () => {
    const url = '/en/eu-login/download-eu-login-app';
    const first = await get(url, { 'accept-encoding': 'gzip, deflate, br' });
    const second = await get(url, { 'accept-encoding': 'br, gzip' });
    const plain = await get(url, { 'accept-encoding': 'identity' });
    expect([cacheStatus(first), cacheStatus(second), cacheStatus(plain)]).toEqual([
      'MISS',
      'HIT',
      'MISS',
    ]);
    expect(second.headers.get('content-encoding')).toBe('br');
    expect(second.headers.get('vary')).toContain('Accept-Encoding');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.body).toBe(first.body);
  });

  it('never answers the survey form or a post from the cache, and each form has a new token', async () => {
    const { url } = site().nginx;
    const tokens: string[] = [];
    for (let i = 0; i < 3; i++) {
      // A new visitor each time: a form kept by nginx would show one token to them all.
      const visitor = new SurveyVisitor();
      const form = await visitor.request(`${url}/en/survey`);
      expect(form.status).toBe(200);
      expect(cacheStatus(form)).toBeNull();
      expect(form.headers.get('cache-control')).toBe('no-store');
      tokens.push(hiddenField(form.body, '_csrf'));
      const answer = await visitor.submit(url, await visitor.openForm(url));
      expect(answer.status).toBe(303);
      expect(cacheStatus(answer)).toBeNull();
      const thanks = await visitor.request(`${url}/en/survey/thanks`);
      expect(thanks.status).toBe(200);
      expect(cacheStatus(thanks)).toBeNull();
    }
    expect(tokens.every((token) => token !== '')).toBe(true);
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it('passes a vote to an instance, never to the cache, and leads to the cached thank-you page', async () => {
    const { url, httpsUrl } = site().nginx;
    // Sent as a browser on the site (SITE_URL, the HTTPS address) sends it.
    const vote = await new SurveyVisitor().request(`${url}/en/feedback`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: httpsUrl },
      body: new URLSearchParams({
        article: 'eu-login-app-several-accounts',
        helpful: 'yes',
      }).toString(),
    });
    expect(vote.status).toBe(303);
    expect(cacheStatus(vote)).toBeNull();
    expect(vote.headers.get('set-cookie')).toBeNull();
    const thanks = vote.headers.get('location') ?? '';
    expect(thanks).toMatch(/\/one-device-several-accounts\?feedback=thanks#feedback$/);
    await cached(thanks.replace(/#.*$/, ''));
  });

  it('shows a visitor who dismissed the invitation no invitation, and everyone else the cached page', async () => {
    const dismissedOn = '/en/eu-login/sign-in-using-2fa';
    const elsewhere = '/en/eu-login/why-use-2fa';
    expect((await cached(dismissedOn)).body).toContain(banner);
    expect((await cached(elsewhere)).body).toContain(banner);

    const visitor = new SurveyVisitor();
    const dismissal = await visitor.request(`${site().nginx.url}/en/survey/dismiss`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ return: dismissedOn }).toString(),
    });
    expect(dismissal.status).toBe(303);
    expect(dismissal.headers.get('location')).toBe(dismissedOn);
    expect(cacheStatus(dismissal)).toBeNull();
    expect(visitor.cookieHeader()).toContain('survey_invitation=hidden');

    for (const url of [dismissedOn, elsewhere, dismissedOn]) {
      const page = await visitor.request(`${site().nginx.url}${url}`);
      expect(page.status).toBe(200);
      expect(page.body).not.toContain(banner);
      expect(cacheStatus(page)).not.toBe('HIT');
      expect(page.headers.get('cache-control')).toMatch(/^private/);
    }
    // The visitor's own copy was not stored in place of the shared one.
    for (const url of [dismissedOn, elsewhere]) {
      const page = await get(url);
      expect(cacheStatus(page)).toBe('HIT');
      expect(page.body).toContain(banner);
    }
  });

  it('never stores the language switch, which sets its cookie each time and leads to the page', async () => {
    for (let i = 0; i < 2; i++) {
      const res = await get('/language/fr/eu-login');
      expect(res.status).toBe(303);
      expect(cacheStatus(res)).toBeNull();
      expect(res.headers.get('set-cookie')).toMatch(/^lang=fr;/);
      expect(res.headers.get('location')).toBe('/fr/eu-login');
    }
    expect((await get('/fr/eu-login')).status).toBe(200);
  });

  it('neither looks up nor keeps made-up query strings, so they cannot push pages out', async () => {
    const page = '/fr/modeles-europass/cadre-europeen-commun-cecr';
    await cached(page);
    const { cacheDir, searchCacheDir } = site().nginx;
    const before = await cacheFiles(cacheDir);
    for (let n = 0; n < 300; n++) {
      const res = await get(`${page}?x=${n}&utm_source=mail`);
      expect(res.status).toBe(301);
      expect(res.headers.get('location')).toBe(page);
      expect(cacheStatus(res)).toBe('BYPASS');
    }
    expect(await cacheFiles(cacheDir)).toEqual(before);
    expect(cacheStatus(await get(page))).toBe('HIT');
    // Searches have a cache of their own: pages are not among its files.
    await cached('/en/search?q=qr+code');
    expect((await cacheFiles(searchCacheDir)).length).toBeGreaterThan(0);
    expect(await cacheFiles(cacheDir)).toEqual(before);
  });

  it('fetches a page again once the files of the cache folder are deleted', async () => {
    const url = '/en/eu-login/qr-code-reported-invalid';
    await cached(url);
    const { cacheDir, searchCacheDir } = site().nginx;
    const files = [...(await cacheFiles(cacheDir)), ...(await cacheFiles(searchCacheDir))];
    expect(files.length).toBeGreaterThan(0);
    await Promise.all(files.map((file) => rm(file)));

    expect(cacheStatus(await get(url))).toBe('MISS');
    expect(cacheStatus(await get(url))).toBe('HIT');
  });
});

describe('health checks through nginx', () => {
  it.each(['/readyz/', '/READYZ', '/Readyz', '/readyz/x', '/healthz/', '/HEALTHZ', '/healthzx'])(
    'refuses %s, which only the exact paths answer',
    async (url) => {
      const res = await get(url);
      expect(res.status).toBe(403);
      expect(res.body).not.toMatch(/^(ok|ready)$/);
    },
  );

  it('answers /healthz to anyone and /readyz to the machine itself', async () => {
    expect((await get('/healthz')).body).toBe('ok');
    expect((await get('/readyz')).body).toBe('ready');
  });
});

describe('staff pages through nginx', () => {
  it('slow down one address guessing passwords, whatever the app answers', async () => {
    const wrong = `Basic ${Buffer.from('staff:wrong guess').toString('base64')}`;
    const answers = [];
    for (let i = 0; i < 30; i++) answers.push(await get('/admin/survey', { authorization: wrong }));
    // The burst reaches the app, which answers a wrong password with 401.
    expect(answers.slice(0, 20).map((res) => res.status)).toEqual(Array(20).fill(401));
    // Then nginx itself refuses: its answer has none of the app's headers.
    for (const res of answers.slice(-5)) {
      expect(res.status).toBe(429);
      expect(res.headers.get('content-security-policy')).toBeNull();
    }
  });
});

describe('the TLS server', () => {
  it('answers over HTTP/2 with the app security headers', async () => {
    const { httpsUrl, ca } = site().nginx;
    const session = http2.connect(httpsUrl, { ca });
    try {
      const request = session.request({ ':path': '/en/' });
      request.setTimeout(10_000, () => request.close(http2.constants.NGHTTP2_CANCEL));
      const headers = await new Promise<http2.IncomingHttpHeaders>((resolve, reject) => {
        request.once('response', resolve);
        request.once('error', reject);
        request.once('close', () => reject(new Error('the stream closed without an answer')));
      });
      request.resume();
      expect(session.alpnProtocol).toBe('h2');
      expect(headers[':status']).toBe(200);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['content-security-policy']).toBeDefined();
      // Sent by the app, as SITE_URL is https, and by nothing else.
      expect(headers['strict-transport-security']).toMatch(/^max-age=\d+/);
      expect(headers['cache-control']).toContain(cacheable);
    } finally {
      session.close();
    }
  });

  it('sends plain HTTP on port 80 to HTTPS with the same path and query', async () => {
    const res = await fetch(`${site().nginx.redirectUrl}/en/search?q=eu+login`, {
      redirect: 'manual',
      signal: AbortSignal.timeout(5_000),
    });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('https://127.0.0.1/en/search?q=eu+login');
  });
});

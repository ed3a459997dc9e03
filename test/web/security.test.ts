import { createHash } from 'node:crypto';
import request, { type Response, type Test } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setCookieHeaders } from '../support/cookies.js';
import { hiddenField, parseHtml } from '../support/html.js';
import {
  buildSites,
  fetchEveryPageType,
  validAnswers,
  type FetchedPage,
} from '../support/page-types.js';

type Sites = Awaited<ReturnType<typeof buildSites>>;
type App = Sites['site']['app'];

let http: Sites;
let https: Sites;
/** Every kind of HTML page, over plain HTTP. */
let pages: FetchedPage[] = [];

beforeAll(async () => {
  http = await buildSites();
  https = await buildSites({ SITE_URL: 'https://help.example.org' });
  pages = await fetchEveryPageType(http.site, http.partial);
}, 60_000);

afterAll(async () => {
  await http.cleanup();
  await https.cleanup();
});

/** The policy, directive by directive: only our own files, nothing inline, no framing. */
const expectedPolicy = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'form-action': ["'self'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
  'object-src': ["'none'"],
};

function policy(header: string | undefined): Record<string, string[]> {
  return Object.fromEntries(
    (header ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name as string, values]),
  );
}

/** The kinds of answer the headers must cover: pages, error pages, JSON and an asset. */
async function answers(app: App): Promise<[string, Response][]> {
  const home = await request(app).get('/en/');
  const stylesheet = parseHtml(home.text).querySelector('link[rel="stylesheet"]');
  const get = async (url: string, status = 200): Promise<[string, Response]> => {
    const res = await request(app).get(url);
    expect(res.status, url).toBe(status);
    return [url, res];
  };
  return [
    ['/en/', home],
    await get('/fr/modeles-europass/decrire-competences-numeriques'),
    await get('/en/search?q=pin'),
    await get('/fr/survey'),
    await get('/en/no-such-page', 404),
    await get('/en/%', 400),
    await get('/api/search?lang=en&q=pin'),
    await get('/api/search?lang=xx&q=pin', 400),
    await get(stylesheet?.getAttribute('href') ?? 'no stylesheet link'),
  ];
}

function expectSecurityHeaders(label: string, res: Response, overHttps: boolean): void {
  const expected = overHttps
    ? { ...expectedPolicy, 'upgrade-insecure-requests': [] }
    : expectedPolicy;
  expect(policy(res.headers['content-security-policy']), label).toEqual(expected);
  expect(res.headers['x-content-type-options'], label).toBe('nosniff');
  expect(res.headers['referrer-policy'], label).toMatch(
    /^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/,
  );
  expect(res.headers['cross-origin-opener-policy'], label).toBe('same-origin');
  expect(res.headers['cross-origin-resource-policy'], label).toBe('same-origin');
  expect(res.headers['x-powered-by'], label).toBeUndefined();
  const hsts = res.headers['strict-transport-security'];
  if (overHttps) {
    expect(Number(/max-age=(\d+)/.exec(hsts ?? '')?.[1]), label).toBeGreaterThanOrEqual(31536000);
  } else {
    expect(hsts, label).toBeUndefined();
  }
}

describe('security headers', () => {
  it('sends the strict policy and no X-Powered-By on every kind of answer, without HSTS over HTTP', async () => {
    const all: [string, Response][] = [
      ...(await answers(http.site.app)),
      ...pages.map((p): [string, Response] => [p.name, p.res]),
    ];
    for (const [label, res] of all) expectSecurityHeaders(label, res, false);
  });

  it('adds HSTS for at least a year, and upgrade-insecure-requests, when SITE_URL is https', async () => {
    for (const [label, res] of await answers(https.site.app))
      expectSecurityHeaders(label, res, true);
  });
});

interface SetCookie {
  name: string;
  attributes: string[];
  header: string;
}

function setCookies(res: Response): SetCookie[] {
  return setCookieHeaders(res).map((header) => {
    const [pair = '', ...attributes] = header.split(';').map((part) => part.trim());
    return { name: pair.slice(0, pair.indexOf('=')), attributes, header };
  });
}

const attribute = (cookie: SetCookie, name: string) =>
  cookie.attributes.find((a) => a.toLowerCase().split('=')[0] === name.toLowerCase());

/**
 * Every flow that sets a cookie, as a browser goes through it (cookies are carried by hand:
 * supertest speaks plain HTTP and would not send Secure cookies back).
 */
async function cookieFlows(app: App): Promise<SetCookie[]> {
  const seen: SetCookie[] = [];
  const keep = (res: Response) => {
    seen.push(...setCookies(res));
    return res;
  };
  keep(await request(app).get('/en/'));
  keep(await request(app).get('/language/fr/eu-login').set('Cookie', 'lang=en'));
  const survey = keep(await request(app).get('/en/survey'));
  const csrf = setCookies(survey)
    .find((c) => c.name.includes('csrf'))
    ?.header.split(';')[0];
  const token = hiddenField(survey.text, '_csrf');
  const post = (fields: Record<string, string>) =>
    request(app)
      .post('/en/survey')
      .set('Cookie', csrf ?? '')
      .type('form')
      .send({ _csrf: token ?? '', ...fields });
  expect(keep(await post({})).status).toBe(400);
  expect(keep(await post(validAnswers)).status).toBe(303);
  keep(await request(app).post('/fr/survey/dismiss').type('form').send('return=/fr/'));
  return seen;
}

describe('cookies', () => {
  it('are all HttpOnly and SameSite over HTTP, with a CSRF cookie that cannot use __Host-', async () => {
    const seen = [
      ...(await cookieFlows(http.site.app)),
      ...pages.flatMap((p) => setCookies(p.res)),
    ];
    expect(new Set(seen.map((c) => c.name))).toEqual(
      new Set(['lang', 'help-centre.csrf', 'survey_invitation']),
    );
    for (const cookie of seen) {
      expect(attribute(cookie, 'HttpOnly'), cookie.header).toBeDefined();
      expect(attribute(cookie, 'SameSite'), cookie.header).toMatch(/^SameSite=(Lax|Strict)$/i);
      expect(attribute(cookie, 'Secure'), cookie.header).toBeUndefined();
    }
  });

  it('are all HttpOnly, SameSite and Secure over HTTPS, the CSRF cookie a __Host- one', async () => {
    const seen = await cookieFlows(https.site.app);
    expect(new Set(seen.map((c) => c.name))).toEqual(
      new Set(['lang', '__Host-help-centre.csrf', 'survey_invitation']),
    );
    for (const cookie of seen) {
      expect(attribute(cookie, 'HttpOnly'), cookie.header).toBeDefined();
      expect(attribute(cookie, 'SameSite'), cookie.header).toMatch(/^SameSite=(Lax|Strict)$/i);
      expect(attribute(cookie, 'Secure'), cookie.header).toBeDefined();
    }
    for (const csrf of seen.filter((c) => c.name.includes('csrf'))) {
      expect(attribute(csrf, 'Path'), csrf.header).toBe('Path=/');
      expect(attribute(csrf, 'Domain'), csrf.header).toBeUndefined();
    }
  });
});

/** Keeps a response body as bytes, whatever its type. */
const asBytes: Parameters<Test['parse']>[0] = (res, done) => {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
};

const sha384 = (bytes: Buffer) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

describe('markup the policy allows', () => {
  it('has no inline script, style or event handler on any kind of page', () => {
    for (const { name, res } of pages) {
      const doc = parseHtml(res.text);
      for (const script of doc.querySelectorAll('script')) {
        if (script.getAttribute('type') === 'application/ld+json') continue;
        // An executable script is one of our fingerprinted files, with integrity, and empty.
        expect(script.getAttribute('src'), name).toMatch(
          /^\/assets\/js\/[a-z-]+\.[0-9a-f]{10}\.js$/,
        );
        expect(script.getAttribute('integrity'), name).toMatch(/^sha384-[A-Za-z0-9+/]{64}$/);
        expect(script.text.trim(), name).toBe('');
      }
      expect(doc.querySelectorAll('style'), name).toHaveLength(0);
      for (const element of doc.querySelectorAll('*')) {
        const attributes = Object.keys(element.rawAttributes).map((a) => a.toLowerCase());
        const inline = attributes.filter((a) => a === 'style' || a.startsWith('on'));
        expect(inline, `${name}: <${element.rawTagName}>`).toEqual([]);
      }
      expect(doc.querySelectorAll('[href^="javascript:" i]'), name).toHaveLength(0);
      const stylesheets = doc.querySelectorAll('link[rel~="stylesheet"]');
      expect(stylesheets.length, name).toBeGreaterThan(0);
      for (const link of stylesheets) {
        expect(link.getAttribute('href'), name).toMatch(
          /^\/assets\/css\/[a-z-]+\.[0-9a-f]{10}\.css$/,
        );
        expect(link.getAttribute('integrity'), name).toMatch(/^sha384-/);
      }
    }
  });

  it('gives every script and stylesheet the integrity of the file served', async () => {
    const subresources = new Map<string, string>();
    for (const { res } of pages) {
      for (const el of parseHtml(res.text).querySelectorAll(
        'script[src], link[rel~="stylesheet"]',
      )) {
        const url = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
        subresources.set(url, el.getAttribute('integrity') ?? '');
      }
    }
    for (const [url, integrity] of subresources) {
      const asset = await request(http.site.app).get(url).buffer(true).parse(asBytes);
      expect(asset.status, url).toBe(200);
      expect(asset.headers['cache-control'], url).toContain('immutable');
      expect(sha384(asset.body as Buffer), url).toBe(integrity);
    }
    expect((await request(http.site.app).get('/assets/css/site.css')).status).toBe(404);
  });
});

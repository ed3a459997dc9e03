import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { parseHtml } from '../support/html.js';
import { buildSites, fetchEveryPageType, type FetchedPage } from '../support/page-types.js';

let sites: Awaited<ReturnType<typeof buildSites>>;
let publicPages: FetchedPage[] = [];
let staffPages: FetchedPage[] = [];

beforeAll(async () => {
  sites = await buildSites();
  const pages = await fetchEveryPageType(sites.site, sites.partial);
  staffPages = pages.filter((page) => page.url.startsWith('/admin'));
  publicPages = pages.filter((page) => !page.url.startsWith('/admin'));
}, 60_000);

afterAll(() => sites.cleanup());

const publicFile = (name: string) => readFile(path.join(projectRoot, 'public', name));
const sha384 = (bytes: Buffer) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** The stylesheets a page links, in order: which file of public/css, and the link itself. */
function stylesheets(html: string) {
  return parseHtml(html)
    .querySelectorAll('link[rel="stylesheet"]')
    .map((link) => {
      const href = link.getAttribute('href') ?? '';
      const [, name = href] = /^\/assets\/css\/([a-z-]+)\.[0-9a-f]{10}\.css$/.exec(href) ?? [];
      return { name, href, integrity: link.getAttribute('integrity') ?? '' };
    });
}

/** Every selector of a stylesheet, without the states (hover…) a fetched page is never in. */
function selectorsOf(css: string): string[] {
  return [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{/g)]
    .map(([, selector = '']) => selector.trim())
    .filter((selector) => !selector.startsWith('@'))
    .map((selector) => selector.replace(/:(hover|visited|active|focus|focus-visible)\b/g, ''));
}

describe('stylesheets', () => {
  it('links site.css alone on every public page, with its integrity', async () => {
    const integrity = sha384(await publicFile('css/site.css'));
    expect(publicPages.length).toBeGreaterThan(20);
    for (const page of publicPages) {
      const links = stylesheets(page.res.text);
      expect(
        links.map((link) => link.name),
        page.name,
      ).toEqual(['site']);
      expect(links[0]?.integrity, page.name).toBe(integrity);
    }
  });

  it('links site.css then staff.css on the staff pages, each with the integrity of the file served', async () => {
    expect(staffPages).toHaveLength(10);
    for (const page of staffPages) {
      expect(page.res.status, page.name).toBe(200);
      const links = stylesheets(page.res.text);
      expect(
        links.map((link) => link.name),
        page.name,
      ).toEqual(['site', 'staff']);
      for (const link of links) {
        const file = await publicFile(`css/${link.name}.css`);
        expect(link.integrity, link.href).toBe(sha384(file));
        const served = await request(sites.site.app).get(link.href);
        expect(served.status, link.href).toBe(200);
        expect(sha384(Buffer.from(served.text)), link.href).toBe(link.integrity);
      }
    }
  });

  it('keeps in staff.css only rules that no public page uses', async () => {
    const selectors = selectorsOf((await publicFile('css/staff.css')).toString());
    expect(selectors.length).toBeGreaterThan(40);
    for (const page of publicPages) {
      const doc = parseHtml(page.res.text);
      const used = selectors.filter((selector) => doc.querySelectorAll(selector).length > 0);
      expect(used, page.name).toEqual([]);
    }
    // The same check finds the rules the staff page does use.
    const staff = parseHtml(staffPages[0]?.res.text ?? '');
    expect(selectors.filter((selector) => staff.querySelectorAll(selector).length > 0)).toContain(
      '.results-table .results-table__number',
    );
  });
});

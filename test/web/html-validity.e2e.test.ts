import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { tempDir } from '../support/app.js';
import { isError, isWarning, javaProblem, nuCheck, type NuMessage } from '../support/nu-checker.js';
import { buildSites, fetchEveryPageType, type FetchedPage } from '../support/page-types.js';

// Named *.e2e.test.ts because it starts the W3C Nu HTML Checker, a Java program (vnu-jar).

const stylesheet = path.join(projectRoot, 'public', 'css', 'site.css');

/**
 * Valid CSS the checker's CSS profile does not know yet (css-values-5 `interpolate-size`,
 * css-transitions-2 `allow-discrete`, both for the animated <details>). Anything else fails.
 */
const unknownToChecker = [
  /“interpolate-size”: Property “interpolate-size” doesn't exist/,
  /“allow-discrete” is not a “transition” value/,
];

const cleanups: (() => Promise<void>)[] = [];
let pages: FetchedPage[] = [];
/** Checked file URL (as the checker reports it) → the page written there. */
const files = new Map<string, FetchedPage>();
let java: string | undefined;
let messages: NuMessage[] = [];

beforeAll(async () => {
  java = javaProblem();
  if (java) return;
  const sites = await buildSites();
  const out = await tempDir('help-centre-html-');
  cleanups.push(sites.cleanup, out.cleanup);
  pages = await fetchEveryPageType(sites.site, sites.partial);
  for (const [i, page] of pages.entries()) {
    const slug = page.name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const file = path.join(out.dir, `${String(i).padStart(2, '0')}-${slug}.html`);
    await writeFile(file, page.res.text);
    files.set(`file:${file}`, page);
  }
  // One run for every file: starting the JVM is the slow part.
  const paths = [...files.keys()].map((url) => url.slice('file:'.length));
  messages = await nuCheck([...paths, stylesheet]);
}, 120_000);

afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

function describeMessage(m: NuMessage): string {
  const page = m.url ? files.get(m.url) : undefined;
  const where = page ? `${page.name} (${page.url})` : (m.url ?? 'checker');
  const extract = m.extract ? `\n    ${m.extract.replace(/\s+/g, ' ').trim()}` : '';
  return `${where}, line ${m.lastLine ?? '?'}: ${m.message}${extract}`;
}

const ofStylesheet = (m: NuMessage) => m.url?.endsWith('.css') ?? false;

describe('valid HTML', () => {
  it('has Java to run the W3C Nu HTML Checker', () => {
    expect(java, java).toBeUndefined();
  });

  it('fetches every page type of both locales, with its status', () => {
    if (java) throw new Error(java);
    expect(pages.map((p) => [p.name, p.res.status])).toEqual(
      pages.map((p) => [p.name, p.expected]),
    );
  });

  it('finds no error in any page of either locale (warnings are listed, not failed)', () => {
    if (java) throw new Error(java);
    const warnings = messages.filter((m) => isWarning(m) && !ofStylesheet(m));
    if (warnings.length) {
      console.log(`Nu HTML Checker warnings:\n${warnings.map(describeMessage).join('\n')}`);
    }
    const errors = messages.filter((m) => isError(m) && !ofStylesheet(m));
    expect(errors.map(describeMessage), `checked ${files.size} pages`).toEqual([]);
  });

  it('finds no error in the stylesheet', () => {
    if (java) throw new Error(java);
    const errors = messages.filter(
      (m) =>
        isError(m) && ofStylesheet(m) && !unknownToChecker.some((known) => known.test(m.message)),
    );
    expect(errors.map(describeMessage)).toEqual([]);
  });
});

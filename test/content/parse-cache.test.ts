import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentValidationError } from '../../src/content/errors.js';
import { loadContent } from '../../src/content/loader.js';
import { tempDir, writeContent } from '../support/app.js';

const article = (title: string, body = 'The answer.') =>
  `---\nid: first\ntitle: ${title}\ncategory: topic\norder: 1\nupdated: 2026-01-02\n---\n${body}\n`;
const category = (title: string) =>
  `---\nid: topic\ntitle: ${title}\ndescription: About it.\norder: 1\n---\n`;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function setUp() {
  const content = await tempDir();
  const data = await tempDir();
  cleanups.push(content.cleanup, data.cleanup);
  await writeContent(content.dir, {
    'en/categories/topic.md': category('Topic'),
    'fr/categories/theme.md': category('Thème'),
    'en/articles/first.md': article('First question?', 'See [the guide](https://example.org).'),
    'fr/articles/premiere.md': article('Première question ?'),
  });
  const cacheFile = path.join(data.dir, 'content-cache.json');
  const load = () =>
    loadContent(content.dir, { externalLinkLabel: () => '(external)', parseCacheFile: cacheFile });
  return { contentDir: content.dir, cacheFile, load };
}

/** Rewrites every cached title, to tell a cached parse from a fresh one. */
async function tamperWithCachedTitles(cacheFile: string, title: string) {
  const stored = JSON.parse(await readFile(cacheFile, 'utf8')) as {
    entries: [string, { data: { title: string } }][];
  };
  for (const [, parsed] of stored.entries) parsed.data.title = title;
  await writeFile(cacheFile, JSON.stringify(stored));
}

describe('parse cache', () => {
  it('gives the same content as parsing, and reuses the parse of unchanged files', async () => {
    const { cacheFile, load } = await setUp();
    const parsed = await load();
    const cached = await load();
    expect(cached.version).toBe(parsed.version);
    const en = cached.articleById('en', 'first');
    expect(en?.title).toBe('First question?');
    expect(en?.html).toBe(parsed.articleById('en', 'first')?.html);
    expect(en?.text).toBe('See the guide.');
    expect(en?.updated).toBe('2026-01-02');

    // The cache is what the next load reads: a changed entry shows through.
    await tamperWithCachedTitles(cacheFile, 'From the cache');
    expect((await load()).articleById('fr', 'first')?.title).toBe('From the cache');
  });

  it('parses a file again once it changes, and drops entries of files that are gone', async () => {
    const { contentDir, cacheFile, load } = await setUp();
    await load();
    await tamperWithCachedTitles(cacheFile, 'From the cache');
    await writeFile(path.join(contentDir, 'en/articles/first.md'), article('Edited question?'));
    const repo = await load();
    expect(repo.articleById('en', 'first')?.title).toBe('Edited question?');
    expect(repo.articleById('fr', 'first')?.title).toBe('From the cache');
    const stored = JSON.parse(await readFile(cacheFile, 'utf8')) as { entries: unknown[] };
    // Two categories and two articles: the old version of the edited file is gone.
    expect(stored.entries).toHaveLength(4);
  });

  it('still reports invalid files (they are never cached)', async () => {
    const { contentDir, load } = await setUp();
    await load();
    await writeFile(path.join(contentDir, 'en/articles/first.md'), '---\nid: first\n---\nNo.\n');
    await expect(load()).rejects.toBeInstanceOf(ContentValidationError);
    await expect(load()).rejects.toBeInstanceOf(ContentValidationError);
  });

  it('parses everything when the cache file is corrupt', async () => {
    const { cacheFile, load } = await setUp();
    await load();
    await writeFile(cacheFile, '{"format":1,"entries":[[');
    expect((await load()).articleById('en', 'first')?.title).toBe('First question?');
  });
});

import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/loader.js';
import { prepareSearchData } from '../../src/search/index-builder.js';
import { IndexCache } from '../../src/search/index-cache.js';
import { SearchEngine } from '../../src/search/engine.js';
import { searchLanguages } from '../../src/search/language.js';
import { SearchService } from '../../src/search/service.js';
import { ContentService } from '../../src/content/service.js';
import { searchDocuments } from '../../src/web/view-models/search-documents.js';
import { copyOfRealContent, realContentDir, tempDir } from '../support/app.js';

const options = { externalLinkLabel: () => '' };
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function searchOver(contentDir: string, cacheDir: string) {
  const load = () => loadContent(contentDir, options);
  const content = new ContentService(await load(), load);
  return new SearchService(content, searchDocuments, new IndexCache(cacheDir));
}

describe('search index cache', () => {
  it('reuses the index saved for the same content and answers the same', async () => {
    const content = await copyOfRealContent();
    const cache = await tempDir();
    cleanups.push(content.cleanup, cache.cleanup);
    const first = (await searchOver(content.dir, cache.dir)).search('fr', 'competences numeriques');
    const files = await readdir(cache.dir);
    expect(files.sort()).toEqual([
      expect.stringMatching(/^en-\w+\.index$/),
      expect.stringMatching(/^fr-\w+\.index$/),
    ]);
    const second = (await searchOver(content.dir, cache.dir)).search(
      'fr',
      'competences numeriques',
    );
    expect(second).toEqual(first);
    expect(await readdir(cache.dir)).toEqual(files);
  });

  it('builds a new index when the content changes, and drops the old one', async () => {
    const content = await copyOfRealContent();
    const cache = await tempDir();
    cleanups.push(content.cleanup, cache.cleanup);
    await searchOver(content.dir, cache.dir);
    const before = await readdir(cache.dir);
    const file = path.join(content.dir, 'en', 'articles', 'forgotten-eu-login-password.md');
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace('keywords: [', 'keywords: [zebracrossing, '),
    );
    const service = await searchOver(content.dir, cache.dir);
    expect(service.search('en', 'zebracrossing').results[0]?.id).toBe(
      'eu-login-forgotten-password',
    );
    const after = await readdir(cache.dir);
    expect(after).toHaveLength(2);
    expect(after.find((f) => f.startsWith('en-'))).not.toBe(
      before.find((f) => f.startsWith('en-')),
    );
  });

  it('builds the index when the cached file is corrupt', async () => {
    const content = await copyOfRealContent();
    const cache = await tempDir();
    cleanups.push(content.cleanup, cache.cleanup);
    await searchOver(content.dir, cache.dir);
    for (const name of await readdir(cache.dir))
      await writeFile(path.join(cache.dir, name), '{"broken":');
    const service = await searchOver(content.dir, cache.dir);
    expect(service.search('en', 'password').total).toBeGreaterThan(0);
  });

  it('answers from a loaded index as from a built one, and never with refs of another order', async () => {
    const cache = await tempDir();
    cleanups.push(cache.cleanup);
    const repo = await loadContent(realContentDir, options);
    const docs = searchDocuments(repo, 'en');
    const language = searchLanguages.en;
    const indexCache = new IndexCache(cache.dir);
    const built = prepareSearchData(docs, language);
    indexCache.save('en', repo.version, docs, built);

    const loaded = indexCache.load('en', repo.version, docs);
    expect(loaded).toBeDefined();
    const engineOf = (data: typeof built) => new SearchEngine(docs, language, data);
    for (const query of ['password', 'two factor', 'telecharg', 'pasword']) {
      const words = engineOf(built).expand(query.split(' '));
      const ids = (data: typeof built) =>
        engineOf(data)
          .search(words)
          .map((hit) => hit.doc.id);
      expect(ids(loaded as typeof built)).toEqual(ids(built));
    }

    // Refs are positions: the same documents in another order must not reuse the file.
    expect(indexCache.load('en', repo.version, [...docs].reverse())).toBeUndefined();
    expect(indexCache.load('en', repo.version, docs.slice(1))).toBeUndefined();
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { ContentValidationError } from '../../src/content/errors.js';
import { loadContent } from '../../src/content/loader.js';
import { tempDir, writeContent } from '../support/app.js';

const options = { externalLinkLabel: () => '(external link)' };
const article = '---\nid: first\ntitle: First?\ncategory: topic\norder: 1\nupdated: 2026-01-02\n---\nA.\n';
const tree = {
  'en/categories/topic.md': '---\nid: topic\ntitle: Topic\ndescription: About.\norder: 1\n---\n',
  'fr/categories/theme.md': '---\nid: topic\ntitle: Thème\ndescription: À propos.\norder: 1\n---\n',
  'en/articles/first.md': article,
  'fr/articles/premier.md': article,
};

// Every folder a test makes, removed after it (a test may load several trees).
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function load(synonyms?: string) {
  const temp = await tempDir();
  cleanups.push(temp.cleanup);
  await writeContent(temp.dir, synonyms === undefined ? tree : { ...tree, 'synonyms.md': synonyms });
  return loadContent(temp.dir, options);
}

describe('the synonym list (content/synonyms.md)', () => {
  it('is read as groups of terms, and its text is part of the content version', async () => {
    const none = await load();
    expect(none.synonyms).toEqual([]);
    const repo = await load('---\ngroups:\n  - [2FA, double authentification]\n---\nNotes.\n');
    expect(repo.synonyms).toEqual([['2FA', 'double authentification']]);
    expect(repo.version).not.toBe(none.version);
  });

  it.each([
    ['a group of one term', '---\ngroups:\n  - [2FA]\n---\n', 'needs at least two terms'],
    ['an empty term', '---\ngroups:\n  - [2FA, " "]\n---\n', 'must not be empty'],
    [
      'a group of phrases only (search would never use it)',
      '---\ngroups:\n  - [sign in, log in]\n---\n',
      'needs at least one term of a single word',
    ],
    ['an unknown field', '---\ngroups: []\nwords: [a]\n---\n', 'invalid synonyms'],
    ['malformed YAML', '---\ngroups: [2FA\n---\n', 'malformed front matter'],
  ])('stops the load, naming the file, for %s', async (_, text, message) => {
    const error = await load(text).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ContentValidationError);
    expect((error as Error).message).toContain('synonyms.md');
    expect((error as Error).message).toContain(message);
  });
});

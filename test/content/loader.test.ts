import { afterEach, describe, expect, it } from 'vitest';
import { ContentValidationError } from '../../src/content/errors.js';
import { loadContent } from '../../src/content/loader.js';
import { tempDir, writeContent } from '../support/app.js';

const options = { externalLinkLabel: () => '(external link)' };
const category = (id: string, title = 'Topic') =>
  `---\nid: ${id}\ntitle: ${title}\ndescription: About ${title}.\norder: 1\n---\n`;
const article = (id: string, extra = '') =>
  `---\nid: ${id}\ntitle: Question ${id}?\ncategory: topic\norder: 1\nupdated: 2026-01-02\n${extra}---\nAnswer.\n`;

/** A minimal valid tree in both locales, to which each test adds one mistake. */
const validTree = {
  'en/categories/topic.md': category('topic'),
  'fr/categories/theme.md': category('topic', 'Thème'),
  'en/articles/first.md': article('first'),
  'fr/articles/premier.md': article('first'),
};

// Every folder a test makes, removed after it (a test may load several trees).
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function load(files: Record<string, string | undefined>) {
  const temp = await tempDir();
  cleanups.push(temp.cleanup);
  const merged = Object.fromEntries(
    Object.entries({ ...validTree, ...files }).filter((e): e is [string, string] => e[1] !== undefined),
  );
  await writeContent(temp.dir, merged);
  return loadContent(temp.dir, options);
}

async function problemsOf(files: Record<string, string | undefined>): Promise<string> {
  const error = await load(files).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ContentValidationError);
  return (error as ContentValidationError).message;
}

describe('content validation', () => {
  it('loads a valid tree with keywords written either as a list or a line', async () => {
    const repo = await load({
      'en/articles/second.md': article('second', 'keywords: 2FA, two-factor, MFA\n'),
      'fr/articles/deuxieme.md': article('second', 'keywords: [2FA, double authentification]\n'),
    });
    expect(repo.articleById('en', 'second')?.keywords).toEqual(['2FA', 'two-factor', 'MFA']);
    expect(repo.articleById('fr', 'second')?.keywords).toEqual(['2FA', 'double authentification']);
    expect(repo.articleById('fr', 'first')?.slug).toBe('premier');
    expect(repo.articleById('en', 'first')?.updated).toBe('2026-01-02');
  });

  it('names the file that has no front matter', async () => {
    const message = await problemsOf({ 'en/articles/bare.md': 'Just text.\n' });
    expect(message).toContain('en/articles/bare.md: missing front matter');
  });

  it('names the file whose front matter is malformed YAML', async () => {
    const message = await problemsOf({
      'fr/articles/casse.md': '---\nid: casse\ntitle: [unclosed\n---\nBody\n',
    });
    expect(message).toContain('fr/articles/casse.md: malformed front matter');
  });

  it('names the missing and the mistyped fields', async () => {
    const message = await problemsOf({
      'en/articles/partial.md': '---\nid: partial\ntitle: Partial?\norder: first\nupdated: soon\n---\nx\n',
    });
    expect(message).toContain('en/articles/partial.md: invalid front matter');
    expect(message).toMatch(/category/);
    expect(message).toMatch(/order/);
    expect(message).toMatch(/updated must be a date/);
  });

  it('rejects unknown fields so typos do not pass silently', async () => {
    const message = await problemsOf({ 'en/articles/first.md': article('first', 'titel: x\n') });
    expect(message).toContain('en/articles/first.md');
    expect(message).toMatch(/titel/);
  });

  it('rejects a duplicate article id within a locale', async () => {
    const message = await problemsOf({ 'en/articles/copy.md': article('first') });
    expect(message).toContain('en/articles/first.md: article id "first" is already used by');
  });

  it('rejects a duplicate slug within a locale, even in different subfolders', async () => {
    const message = await problemsOf({
      'en/articles/group-a/same.md': article('one'),
      'en/articles/group-b/same.md': article('two'),
    });
    expect(message).toMatch(/en\/articles\/group-b\/same\.md: slug "same" is already used by .*group-a\/same\.md/);
  });

  it('rejects an article whose category does not exist', async () => {
    const message = await problemsOf({
      'fr/articles/orphelin.md': article('orphan').replace('category: topic', 'category: nowhere'),
    });
    expect(message).toContain('fr/articles/orphelin.md: category "nowhere" does not exist in fr/categories');
  });

  it('rejects file names that are not slugs and category slugs the site reserves', async () => {
    const message = await problemsOf({
      'en/articles/Bad Name.md': article('bad'),
      'en/categories/search.md': category('search-topic'),
    });
    expect(message).toContain('en/articles/Bad Name.md: file name must be a slug');
    expect(message).toContain('en/categories/search.md: slug "search" is reserved');
  });

  it('refuses JavaScript front matter instead of running it', async () => {
    const message = await problemsOf({
      'en/articles/evil.md': '---js\n{ id: (globalThis.pwned = 1, "evil") }\n---\nx\n',
    });
    expect(message).toContain('en/articles/evil.md');
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });

  it('reports a missing locale folder', async () => {
    const message = await problemsOf({ 'fr/categories/theme.md': undefined, 'fr/articles/premier.md': undefined });
    expect(message).toMatch(/fr\/categories: folder cannot be read/);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../src/content/errors.js';
import { checkProse } from '../../src/content/style-check.js';
import { readStyleList } from '../../src/content/style-list.js';
import { tempDir, writeContent } from '../support/app.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function read(list: string) {
  const temp = await tempDir('help-centre-style-list-');
  cleanups.push(temp.cleanup);
  await writeContent(temp.dir, { 'fr/style.md': list });
  const problems: ContentProblem[] = [];
  return { list: readStyleList(temp.dir, 'fr', problems), problems };
}

const terms = async (yaml: string, text: string) => {
  const { list, problems } = await read(`---\nterms:\n${yaml}\n---\n`);
  expect(problems).toEqual([]);
  return checkProse(text, 'en', list).map((f) => f.term);
};

describe('a style list (content/<locale>/style.md)', () => {
  it('is optional: no file, no list and no problem', async () => {
    const temp = await tempDir('help-centre-style-list-');
    cleanups.push(temp.cleanup);
    const problems: ContentProblem[] = [];
    expect(readStyleList(temp.dir, 'fr', problems)).toBeUndefined();
    expect(problems).toEqual([]);
  });

  it('matches plain terms literally, as whole words, ignoring case but not accents', async () => {
    const yaml = "  - avoid: ['(e)', e.g., mail, 'l’A2F', désolé]\n    use: x";
    const text = 'Satisfait(e), (E), eg, E.G., Gmail, mail, l\'A2F, DÉSOLÉ, desole, (e) là.';
    expect(await terms(yaml, text)).toEqual(['(e)', '(E)', 'E.G.', 'mail', "l'A2F", 'DÉSOLÉ', '(e)']);
  });

  it('finds a term across a line break, and with matchCase only with its capitals', async () => {
    expect(await terms('  - avoid: [log in]\n    use: sign in', 'Log\nin, login')).toEqual(['Log in']);
    expect(await terms('  - avoid: Mobile App\n    matchCase: true\n    use: mobile app', 'Mobile App, mobile app')).toEqual([
      'Mobile App',
    ]);
  });

  it('skips a term inside one of its exceptions', async () => {
    const yaml = '  - avoid: login\n    use: sign-in\n    except: [EU Login]';
    expect(await terms(yaml, 'EU Login, the login page')).toEqual(['login']);
  });

  it('takes a regular expression only when written as pattern', async () => {
    expect(await terms("  - pattern: 'colou?r'\n    use: colour", 'color, colour, colours')).toEqual(['color', 'colour']);
  });

  it.each([
    ['no preferred form', '---\nterms:\n  - avoid: [la 2FA]\n---\n', 'terms.0.use'],
    ['both avoid and pattern', "---\nterms:\n  - avoid: a\n    pattern: b\n    use: c\n---\n", 'not both'],
    ['an invalid pattern', "---\nterms:\n  - pattern: '(a'\n    use: c\n---\n", 'not a valid regular expression'],
    ['a pattern that matches nothing at all', "---\nterms:\n  - pattern: 'a*'\n    use: c\n---\n", 'matches empty text'],
    ['a repeated group (catastrophic backtracking)', "---\nterms:\n  - pattern: '(a+)+b'\n    use: c\n---\n", 'may not repeat a group'],
    ['an unknown field', '---\nterms: []\nwords: [a]\n---\n', 'invalid style list'],
    ['malformed YAML', '---\nterms: [a\n---\n', 'malformed front matter'],
  ])('is a content problem naming the file for %s', async (_, text, message) => {
    const { list, problems } = await read(text);
    expect(list).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toMatch(/fr\/style\.md$/);
    expect(problems[0]?.message).toContain(message);
  });
});

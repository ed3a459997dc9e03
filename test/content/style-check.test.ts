import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { tempDir, writeContent } from '../support/app.js';

const nb = '\u00a0';
const front = (id: string, title: string) =>
  `---\nid: ${id}\ntitle: ${title}\ncategory: topic\norder: 1\nupdated: 2026-01-02\n---\n\n`;

// Line numbers below are those of the files: the front matter ends at line 7, the body starts at 9.
const en = [
  'Log in with your user name, e.g. your e-mail.',
  'Please use the Mobile App, i.e. the app; you can’t miss it.',
  'It is very straightforward: ECAS shows the browser selector.',
  'Once logged in, logging in again is quick. Then log out.',
  'Click "Submit" or ‘Continue’.',
  'Read [here](https://example.com/a) or [read more](https://example.com/b).',
  'EU Login, `log in`, https://example.com/login, [the EU Login page](https://example.com/log-in).',
  'The mobile app; “Sign in”; it’s fine, isn’t it: <abbr title="a &quot;b&quot;">AB</abbr>.',
].join('\n');

const fr = [
  `Êtes-vous satisfait(e)${nb}? Soyez fier/-ère de l’A2F.`,
  'Envoyez un e-mail ou un mail. Notez que le deuxième facteur est dans la rubrique Aide.',
  `Le tableau d’autoévaluation. Désolés${nb}! Autre chose.`,
  `Cliquez sur “Valider” ou "Envoyer".`,
  `Pourquoi ? Comment? Attention : voici «${nb}Mon compte» et «Aide${nb}».`,
  `Lisez [ici](https://example.com/a) ou [en savoir plus](https://example.com/b).`,
  `Pas ici${nb}: <i lang="en">Please log in "now"</i>, \`e-mail\`, https://example.com/mail?x=1, l’adresse électronique.`,
  `Ni ici${nb}: la rubrique «${nb}Compétences${nb}», EU Login, «${nb}Mon compte${nb}», 10:30, ![image](a.png).`,
  'Mais la <i lang="en"><abbr title="two-factor authentication">2FA</abbr></i>, si.',
].join('\n');

const tree = {
  'en/categories/topic.md': '---\nid: topic\ntitle: Topic\ndescription: Signing in and e-mail.\norder: 1\n---\n',
  'fr/categories/theme.md': `---\nid: topic\ntitle: Thème\ndescription: "Une rubrique${nb}: la 2FA."\norder: 1\n---\n`,
  'en/articles/first.md': `${front('first', "Can't sign in?")}${en}\n`,
  'fr/articles/premier.md': `${front('first', `"Pourquoi utiliser la 2FA${nb}?"`)}${fr}\n`,
  'locales/en/common.json': `{\n  "a": {\n    "title": "Can't log in?",\n    "link": "Click here"\n  },\n  "b": "Search for “{{query}}”"\n}\n`,
  'locales/fr/common.json': `{\n  "a": {\n    "title": "Vous êtes satisfait(e) ?",\n    "link": "Cliquez ici"\n  },\n  "b": "Résultats pour «${nb}{{query}}${nb}»"\n}\n`,
};

const run = promisify(execFile);
let dir = '';
let cleanup: (() => Promise<void>) | undefined;

async function check(...flags: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return checkWith(process.env, ...flags);
}

async function checkWith(
  env: NodeJS.ProcessEnv,
  ...flags: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  const args = ['--import', 'tsx', 'src/content/check-cli.ts', dir, '--locales', path.join(dir, 'locales'), ...flags];
  return run(process.execPath, args, { cwd: projectRoot, env }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );
}

beforeAll(async () => {
  const temp = await tempDir('help-centre-style-');
  ({ dir, cleanup } = temp);
  // The shipped style lists, so that the terms of the language review stay in them.
  const lists = Object.fromEntries(
    await Promise.all(
      ['en', 'fr'].map(async (l) => [`${l}/style.md`, await readFile(path.join(projectRoot, 'content', l, 'style.md'), 'utf8')]),
    ),
  ) as Record<string, string>;
  await writeContent(dir, { ...tree, ...lists });
});
afterAll(() => cleanup?.());

describe('the style check of npm run content:check', () => {
  let result: { code: number; stdout: string; stderr: string };
  beforeAll(async () => {
    result = await check();
  });
  const warnings = (file: string, line: number) =>
    result.stderr.split('\n').filter((w) => w.includes(`${file}:${line}: `));

  it('exits 0 with the warnings, and says how many there are', () => {
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\d+ warning\(s\); npm run content:check -- --strict fails on them/);
  });

  it.each([
    ['en/categories/topic.md', 4, 'e-mail', 'email'],
    ['en/articles/first.md', 3, "Can't", 'cannot'],
    ['en/articles/first.md', 9, 'Log in', 'sign in'],
    ['en/articles/first.md', 9, 'user name', 'username'],
    ['en/articles/first.md', 9, 'e.g.', 'for example'],
    ['en/articles/first.md', 9, 'e-mail', 'email'],
    ['en/articles/first.md', 10, 'Please', 'leave it out'],
    ['en/articles/first.md', 10, 'Mobile App', 'mobile app'],
    ['en/articles/first.md', 10, 'i.e.', 'that is'],
    ['en/articles/first.md', 10, 'can’t', 'cannot'],
    ['en/articles/first.md', 11, 'very straightforward', 'leave it out'],
    ['en/articles/first.md', 11, 'ECAS', 'EU Login'],
    ['en/articles/first.md', 11, 'browser selector', 'say what the reader sees'],
    ['en/articles/first.md', 12, 'logged in', 'signed in'],
    ['en/articles/first.md', 12, 'logging in', 'signing in'],
    ['en/articles/first.md', 12, 'log out', 'sign out'],
    ['en/articles/first.md', 13, '"Submit"', '“Submit”'],
    ['en/articles/first.md', 13, '‘Continue’', '“Continue”'],
    ['en/articles/first.md', 14, 'here', 'a link text that says where it leads'],
    ['en/articles/first.md', 14, 'read more', 'a link text that says where it leads'],
    ['fr/categories/theme.md', 4, 'rubrique', 'thème'],
    ['fr/categories/theme.md', 4, 'la 2FA', 'l’authentification à deux facteurs'],
    ['fr/articles/premier.md', 3, 'la 2FA', 'l’authentification à deux facteurs'],
    ['fr/articles/premier.md', 9, '(e)', 'une tournure épicène'],
    ['fr/articles/premier.md', 9, '/-ère', 'une tournure épicène'],
    ['fr/articles/premier.md', 9, 'l’A2F', 'l’authentification à deux facteurs'],
    ['fr/articles/premier.md', 10, 'e-mail', 'adresse électronique'],
    ['fr/articles/premier.md', 10, 'mail', 'adresse électronique'],
    ['fr/articles/premier.md', 10, 'Notez que', '(à supprimer)'],
    ['fr/articles/premier.md', 10, 'deuxième facteur', 'second facteur'],
    ['fr/articles/premier.md', 10, 'rubrique', 'thème'],
    ['fr/articles/premier.md', 11, 'tableau d’autoévaluation', 'grille d’autoévaluation'],
    ['fr/articles/premier.md', 11, 'Désolés', 'un constat'],
    ['fr/articles/premier.md', 11, 'Autre chose', 'Autre'],
    ['fr/articles/premier.md', 12, '“Valider”', `«${nb}Valider${nb}»`],
    ['fr/articles/premier.md', 12, '"Envoyer"', `«${nb}Envoyer${nb}»`],
    ['fr/articles/premier.md', 13, 'Pourquoi ?', 'non-breaking space before ?'],
    ['fr/articles/premier.md', 13, 'Comment?', 'non-breaking space before ?'],
    ['fr/articles/premier.md', 13, 'Attention :', 'non-breaking space before :'],
    ['fr/articles/premier.md', 13, 'compte»', 'non-breaking space before »'],
    ['fr/articles/premier.md', 13, '«Aide', 'non-breaking space after «'],
    ['fr/articles/premier.md', 14, 'ici', 'a link text that says where it leads'],
    ['fr/articles/premier.md', 14, 'en savoir plus', 'a link text that says where it leads'],
    ['fr/articles/premier.md', 17, 'la 2FA', 'l’authentification à deux facteurs'],
  ])('warns about %s:%i: "%s" → "%s"', (file, line, term, use) => {
    expect(warnings(file, line).join('\n')).toContain(`${file}:${line}: "${term}" → "${use}`);
  });

  it('names the file, line and key of an interface string', () => {
    const json = (l: string) => path.join(path.relative(projectRoot, dir), 'locales', l, 'common.json');
    expect(result.stderr).toContain(`${json('en')}:3: "Can't" → "cannot"`);
    expect(result.stderr).toMatch(/en\/common\.json:3: "log in" → "sign in" \(one term for signing in\) \[a\.title\]/);
    expect(result.stderr).toMatch(/en\/common\.json:4: "Click here" → "a link text that says where it leads" .*\[a\.link\]/);
    expect(result.stderr).toContain(`${json('fr')}:3: "(e)" → "une tournure épicène`);
    expect(result.stderr).toMatch(/fr\/common\.json:3: "satisfait\(e\) \?" → "non-breaking space before \?" .*\[a\.title\]/);
    expect(result.stderr).toMatch(/fr\/common\.json:4: "Cliquez ici" → .*\[a\.link\]/);
    expect(result.stderr).not.toMatch(/common\.json:6:/); // placeholders inside the right quotes
  });

  it('does not flag the exceptions: EU Login, code, URLs, another language, right typography', () => {
    expect(warnings('en/articles/first.md', 15)).toEqual([]);
    expect(warnings('en/articles/first.md', 16)).toEqual([]);
    expect(warnings('fr/articles/premier.md', 15)).toEqual([]);
    expect(warnings('fr/articles/premier.md', 16)).toEqual([]);
    // One warning for "e-mail", not a second one for the "mail" inside it.
    expect(warnings('fr/articles/premier.md', 10).filter((w) => w.includes('"mail"'))).toHaveLength(1);
  });

  it('fails with --strict, saying how many warnings there are', async () => {
    const strict = await check('--strict');
    expect(strict.code).toBe(1);
    const count = result.stderr.split('\n').filter((w) => w.startsWith('Warning: ')).length;
    expect(strict.stderr).toContain(`${count} warning(s): --strict fails on any warning`);
  });

  it('is strict too when asked as npm run content:check --strict, which npm passes on in its environment', async () => {
    const strict = await checkWith({ ...process.env, npm_config_strict: 'true' });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('--strict fails on any warning');
  });

  it('stops with a content problem naming the file when a style list is malformed', async () => {
    const list = path.join(dir, 'fr', 'style.md');
    const shipped = await readFile(list, 'utf8');
    await writeContent(dir, { 'fr/style.md': '---\nterms:\n  - avoid: [la 2FA]\n---\n' });
    try {
      const broken = await check();
      expect(broken.code).toBe(1);
      expect(broken.stderr).toContain('fr/style.md: invalid style list: terms.0.use');
    } finally {
      await writeContent(dir, { 'fr/style.md': shipped });
    }
  });
});

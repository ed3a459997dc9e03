import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/loader.js';
import { formatParityReport, translationParity } from '../../src/content/parity.js';
import { projectRoot } from '../../src/config.js';
import { copyOfRealContent } from '../support/app.js';

const options = { externalLinkLabel: () => '(external link)' };
let cleanup: (() => Promise<void>) | undefined;
afterEach(() => cleanup?.());

describe('translation parity', () => {
  it('finds the real content complete', async () => {
    const copy = await copyOfRealContent();
    cleanup = copy.cleanup;
    const report = translationParity(await loadContent(copy.dir, options));
    expect(report).toEqual({ untranslated: [], outdated: [] });
  });

  it('reports ids present in one locale only and translations updated later on one side', async () => {
    const copy = await copyOfRealContent();
    cleanup = copy.cleanup;
    await rm(path.join(copy.dir, 'fr', 'articles', 'supplement-au-diplome.md'));
    const en = path.join(copy.dir, 'en', 'articles', 'forgotten-eu-login-password.md');
    await writeFile(en, (await readFile(en, 'utf8')).replace(/updated: .*/, 'updated: 2027-01-15'));
    const report = translationParity(await loadContent(copy.dir, options));
    expect(report.untranslated).toEqual([{ kind: 'article', id: 'diploma-supplement', presentIn: ['en'] }]);
    expect(report.outdated).toEqual([
      { id: 'eu-login-forgotten-password', newer: 'en', newerDate: '2027-01-15', older: 'fr', olderDate: '2026-11-30' },
    ]);
    expect(formatParityReport(report)).toContain('article "diploma-supplement" exists only in: en');
  });
});

describe('npm run content:check', () => {
  const run = promisify(execFile);
  const check = (dir: string) =>
    run(process.execPath, ['--import', 'tsx', 'src/content/check-cli.ts', dir], { cwd: projectRoot });

  it('exits 0 on valid content and prints the counts', async () => {
    const { stdout } = await check(path.join(projectRoot, 'content'));
    expect(stdout).toContain('en: 3 categories, 25 articles');
  });

  it('warns, naming the file and line, about HTML it will show as text', async () => {
    const copy = await copyOfRealContent();
    cleanup = copy.cleanup;
    const file = path.join(copy.dir, 'fr', 'articles', 'supplement-au-diplome.md');
    await writeFile(file, `${await readFile(file, 'utf8')}\nUn <b>gras</b> et <i lang="en">EU Login</i>.\n`);
    const line = (await readFile(file, 'utf8')).trimEnd().split('\n').length;
    const { stderr } = await check(copy.dir);
    expect(stderr).toContain(`fr/articles/supplement-au-diplome.md:${line}: <b> will show as text`);
    expect(stderr).toContain(`supplement-au-diplome.md:${line}: </b> will show as text`);
    expect(stderr).not.toContain('<i lang');
  });

  it('exits non-zero and names the file on invalid content', async () => {
    const copy = await copyOfRealContent();
    cleanup = copy.cleanup;
    await writeFile(path.join(copy.dir, 'fr', 'articles', 'supplement-au-diplome.md'), 'no front matter');
    const failure = await check(copy.dir).then(
      () => undefined,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('fr/articles/supplement-au-diplome.md: missing front matter');
  });
});

/**
 * `npm run content:check [-- [dir] [--strict] [--locales dir]]`: the start-up validation, a
 * translation-parity report, then warnings, one line each naming the file and line: HTML tags
 * the site will show as text, and the style check (content/<locale>/style.md and typography)
 * over the articles, the categories and the interface strings. Exits 1 when content or a style
 * list is invalid; parity gaps and warnings do not fail the check (the site handles a missing
 * translation with a notice page), except that `--strict` fails on any warning.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { createI18n } from '../i18n/index.js';
import { locales } from '../i18n/locales.js';
import { ContentValidationError, type ContentProblem } from './errors.js';
import { htmlShownAsTextInFile } from './html-check.js';
import { loadContent } from './loader.js';
import { createMarkdown } from './markdown.js';
import { formatParityReport, translationParity } from './parity.js';
import { readStyleList } from './style-list.js';
import { formatStyleWarning, styleWarningsInJson, styleWarningsInMarkdown } from './style-sources.js';

const config = loadConfig();
const args = parseArgs({
  allowPositionals: true,
  options: { strict: { type: 'boolean', default: false }, locales: { type: 'string' } },
});
const dir = args.positionals[0] ?? config.contentDir;
const localesDir = args.values.locales ?? config.localesDir;
// `npm run content:check --strict` (without `--`) reaches npm, not this script: npm passes it
// on as npm_config_strict, so both spellings work.
const strict = args.values.strict || process.env.npm_config_strict === 'true';
const i18n = await createI18n(config.localesDir);
const shown = (file: string) => path.relative(process.cwd(), file);
try {
  const repo = await loadContent(dir, {
    externalLinkLabel: (locale) => i18n.t(locale)('markdown.externalLink'),
  });
  const counts = locales.map(
    (l) => `${l}: ${repo.categories(l).length} categories, ${repo.articles(l).length} articles`,
  );
  console.log(`Content is valid (${counts.join('; ')})`);
  console.log(formatParityReport(translationParity(repo)));
  const md = createMarkdown();
  const warnings: string[] = [];
  const files = locales.flatMap((l) => [...repo.categories(l), ...repo.articles(l)].map((c) => c.sourcePath));
  for (const file of files.sort()) {
    for (const { line, tag } of htmlShownAsTextInFile(md, readFileSync(file, 'utf8'))) {
      warnings.push(`Warning: ${shown(file)}:${line}: ${tag} will show as text`);
    }
  }

  const problems: ContentProblem[] = [];
  for (const locale of locales) {
    const list = readStyleList(dir, locale, problems);
    const content = [...repo.categories(locale), ...repo.articles(locale)].map((c) => c.sourcePath).sort();
    for (const file of content) {
      for (const w of styleWarningsInMarkdown(readFileSync(file, 'utf8'), locale, list)) {
        warnings.push(formatStyleWarning(shown(file), w));
      }
    }
    const stringsDir = path.join(localesDir, locale);
    for (const name of readdirSync(stringsDir).filter((n) => n.endsWith('.json')).sort()) {
      const file = path.join(stringsDir, name);
      try {
        for (const w of styleWarningsInJson(readFileSync(file, 'utf8'), locale, list)) {
          warnings.push(formatStyleWarning(shown(file), w));
        }
      } catch (error) {
        problems.push({ file, message: `invalid JSON: ${(error as Error).message}` });
      }
    }
  }
  for (const warning of warnings) console.warn(warning);
  if (problems.length > 0) throw new ContentValidationError(problems, dir);
  if (strict && warnings.length > 0) {
    console.error(`${warnings.length} warning(s): --strict fails on any warning`);
    process.exitCode = 1;
  } else if (warnings.length > 0) {
    console.log(`${warnings.length} warning(s); npm run content:check -- --strict fails on them`);
  }
} catch (error) {
  if (!(error instanceof ContentValidationError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}

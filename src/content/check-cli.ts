/**
 * `npm run content:check`: the start-up validation plus a translation-parity report.
 * Exits 1 when content is invalid; parity gaps are reported but do not fail the check,
 * since the site handles a missing translation with a notice page. HTML tags the site will
 * show as text are warnings, one line each naming the file and line.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config.js';
import { createI18n } from '../i18n/index.js';
import { locales } from '../i18n/locales.js';
import { ContentValidationError } from './errors.js';
import { htmlShownAsTextInFile } from './html-check.js';
import { loadContent } from './loader.js';
import { createMarkdown } from './markdown.js';
import { formatParityReport, translationParity } from './parity.js';

const config = loadConfig();
const dir = process.argv[2] ?? config.contentDir;
const i18n = await createI18n(config.localesDir);
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
  const files = locales.flatMap((l) => [...repo.categories(l), ...repo.articles(l)].map((c) => c.sourcePath));
  for (const file of files.sort()) {
    for (const { line, tag } of htmlShownAsTextInFile(md, readFileSync(file, 'utf8'))) {
      console.warn(`Warning: ${path.relative(process.cwd(), file)}:${line}: ${tag} will show as text`);
    }
  }
} catch (error) {
  if (!(error instanceof ContentValidationError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}

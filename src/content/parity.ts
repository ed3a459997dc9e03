import { locales, type Locale } from '../i18n/locales.js';
import type { Article } from './model.js';
import type { ContentRepository } from './repository.js';

export interface ParityReport {
  /** Ids present in some locales only: which locales have them. */
  untranslated: { kind: 'article' | 'category'; id: string; presentIn: Locale[] }[];
  /** Translations whose other side was updated later: probably out of date. */
  outdated: { id: string; newer: Locale; newerDate: string; older: Locale; olderDate: string }[];
}

/** Compares the locales: what is missing in one, and which translations lag behind. */
export function translationParity(repo: ContentRepository): ParityReport {
  const report: ParityReport = { untranslated: [], outdated: [] };
  const categoryIds = new Set(locales.flatMap((l) => repo.categories(l).map((c) => c.id)));
  for (const id of categoryIds) {
    const presentIn = locales.filter((l) => repo.categoryById(l, id));
    if (presentIn.length < locales.length) report.untranslated.push({ kind: 'category', id, presentIn });
  }
  const articleIds = new Set(locales.flatMap((l) => repo.articles(l).map((a) => a.id)));
  for (const id of articleIds) {
    const versions = locales.flatMap((l) => {
      const article = repo.articleById(l, id);
      return article ? [article] : [];
    });
    if (versions.length < locales.length) {
      report.untranslated.push({ kind: 'article', id, presentIn: versions.map((a) => a.locale) });
      continue;
    }
    const sorted = [...versions].sort((a, b) => b.updated.localeCompare(a.updated));
    const newest = sorted[0];
    const oldest = sorted[sorted.length - 1];
    if (newest && oldest && newest.updated !== oldest.updated) {
      report.outdated.push({
        id,
        newer: newest.locale,
        newerDate: newest.updated,
        older: oldest.locale,
        olderDate: oldest.updated,
      });
    }
  }
  return report;
}

/**
 * The other languages' versions of an article that were updated after it (front matter
 * `updated`), newest first: readers of this one may be missing a change.
 */
export function newerTranslations(repo: ContentRepository, article: Article): Article[] {
  return locales
    .filter((locale) => locale !== article.locale)
    .flatMap((locale) => repo.articleById(locale, article.id) ?? [])
    .filter((other) => other.updated > article.updated)
    .sort((a, b) => b.updated.localeCompare(a.updated));
}

export function formatParityReport(report: ParityReport): string {
  const lines: string[] = [];
  for (const u of report.untranslated) {
    lines.push(`  ${u.kind} "${u.id}" exists only in: ${u.presentIn.join(', ')}`);
  }
  for (const o of report.outdated) {
    lines.push(
      `  article "${o.id}": ${o.newer} updated ${o.newerDate}, ${o.older} still ${o.olderDate}`,
    );
  }
  return lines.length ? `Translation parity:\n${lines.join('\n')}` : 'Translation parity: complete';
}

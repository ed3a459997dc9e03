import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { locales } from '../../src/i18n/locales.js';

type Tree = { [key: string]: string | Tree };
const pluralSuffix = /_(zero|one|two|few|many|other)$/;

function flatten(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : flatten(value, `${prefix}${key}.`),
  );
}

const resources = Object.fromEntries(
  locales.map((locale) => {
    const file = path.join(projectRoot, 'src', 'i18n', 'locales', locale, 'common.json');
    return [locale, flatten(JSON.parse(readFileSync(file, 'utf8')) as Tree)];
  }),
) as Record<(typeof locales)[number], string[]>;

describe('UI strings', () => {
  it('has the same keys in every locale (plural forms aside)', () => {
    const base = (keys: string[]) =>
      [...new Set(keys.map((k) => k.replace(pluralSuffix, '')))].sort();
    const [first, ...rest] = locales;
    for (const locale of rest) {
      expect(base(resources[locale]), `${locale} vs ${first}`).toEqual(base(resources[first]));
    }
  });

  it('has every plural form each language needs', () => {
    for (const locale of locales) {
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      const plurals = new Set(
        resources[locale]
          .filter((k) => pluralSuffix.test(k))
          .map((k) => k.replace(pluralSuffix, '')),
      );
      for (const key of plurals) {
        for (const category of categories) {
          expect(resources[locale], `${locale}: ${key}_${category}`).toContain(
            `${key}_${category}`,
          );
        }
      }
    }
  });

  it('has no empty strings', () => {
    for (const locale of locales) {
      const file = path.join(projectRoot, 'src', 'i18n', 'locales', locale, 'common.json');
      expect(readFileSync(file, 'utf8')).not.toMatch(/:\s*""/);
    }
  });
});

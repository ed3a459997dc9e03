import nunjucks from 'nunjucks';
import type { Config } from '../../config.js';
import { formatDate, formatNumber, formatPercent } from '../../i18n/format.js';
import { locales } from '../../i18n/locales.js';
import type { AssetManifest } from './assets.js';

/**
 * JSON for a <script type="application/ld+json"> block: "<" is escaped so no content can
 * close the element early.
 */
export function jsonForScript(value: unknown): nunjucks.runtime.SafeString {
  const json = JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028|\u2029/g, '');
  return new nunjucks.runtime.SafeString(json);
}

const filters: Record<string, (...args: never[]) => unknown> = {
  date: formatDate,
  numberFormat: formatNumber,
  percentFormat: formatPercent,
  jsonScript: jsonForScript,
};

export function createViews(config: Config, assets: AssetManifest): nunjucks.Environment {
  const loader = new nunjucks.FileSystemLoader(config.viewsDir, {
    // Re-read templates on every render while developing; compile once in production.
    noCache: config.watch,
  });
  const env = new nunjucks.Environment(loader, {
    autoescape: true,
    // An undefined value in a template is a bug: tests fail on it, visitors never see it fail.
    throwOnUndefined: config.env === 'test',
    trimBlocks: true,
    lstripBlocks: true,
  });
  for (const [name, filter] of Object.entries(filters)) {
    env.addFilter(name, filter as (...args: unknown[]) => unknown);
  }
  env.addGlobal('asset', (name: string) => assets.get(name));
  env.addGlobal('locales', locales);
  return env;
}

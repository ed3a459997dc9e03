import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** Project root: one level above src/ (or dist/ once compiled). */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  SITE_URL: z.url({ protocol: /^https?$/ }).optional(),
  CONTENT_DIR: z.string().min(1).default('content'),
  CONTENT_WATCH: z.enum(['true', 'false']).optional(),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** Public origin used for absolute URLs (sitemap, canonical links); no trailing slash. */
  siteUrl: string;
  /** True when the public origin is HTTPS: secure cookies and HSTS follow from it. */
  https: boolean;
  contentDir: string;
  viewsDir: string;
  publicDir: string;
  localesDir: string;
  /** Reload content and templates when files change (development default). */
  watch: boolean;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and validates the environment once; any bad variable stops start-up with its name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `  ${issue.path.join('.')}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid environment:\n${problems.join('\n')}`);
  }
  const vars = parsed.data;
  const siteUrl = (vars.SITE_URL ?? `http://${vars.HOST}:${vars.PORT}`).replace(/\/+$/, '');
  return {
    env: vars.NODE_ENV,
    host: vars.HOST,
    port: vars.PORT,
    siteUrl,
    https: siteUrl.startsWith('https:'),
    contentDir: path.resolve(projectRoot, vars.CONTENT_DIR),
    viewsDir: path.join(projectRoot, 'views'),
    publicDir: path.join(projectRoot, 'public'),
    localesDir: path.join(projectRoot, 'src', 'i18n', 'locales'),
    watch: vars.CONTENT_WATCH ? vars.CONTENT_WATCH === 'true' : vars.NODE_ENV === 'development',
  };
}

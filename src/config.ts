import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import { z } from 'zod';

/** Project root: one level above src/ (or dist/ once compiled). */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const trustProxyHelp =
  'name the proxies by address: loopback (nginx on this machine), linklocal, uniquelocal, ' +
  'IPs or CIDR subnets separated by commas (10.0.0.2, 10.1.0.0/16), or false for none';

/**
 * TRUST_PROXY as Express's `trust proxy` takes it, by address only. A hop count or `true`
 * would believe an X-Forwarded-For sent straight to the app, letting anyone pick the address
 * the rate limits count against; 0 is refused too, so that there is one way to say "none".
 */
function parseTrustProxy(value: string | undefined, ctx: z.RefinementCtx): string[] | false {
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0 || (entries.length === 1 && entries[0] === 'false')) return false;
  const believesAll = entries.find((entry) => /^\d+$/.test(entry) || entry === 'true');
  if (believesAll) {
    const message =
      believesAll === '0'
        ? 'hop counts are not accepted: write false to trust no proxy'
        : `"${believesAll}" believes any X-Forwarded-For sent straight to the app; ${trustProxyHelp}`;
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  }
  try {
    // Express compiles the setting with proxy-addr when it is set: asking it now turns an
    // address it cannot read into a start-up error rather than a crash later.
    express().set('trust proxy', entries);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: `${(error as Error).message}; ${trustProxyHelp}` });
    return z.NEVER;
  }
  return entries;
}

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  SITE_URL: z.url({ protocol: /^https?$/ }).optional(),
  CONTENT_DIR: z.string().min(1).default('content'),
  CONTENT_WATCH: z.enum(['true', 'false']).optional(),
  DATA_DIR: z.string().min(1).default('data'),
  CSRF_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  TRUST_PROXY: z.string().optional().transform(parseTrustProxy),
  SURVEY_RATE_LIMIT: z.coerce.number().int().min(0).default(10),
  FEEDBACK_RATE_LIMIT: z.coerce.number().int().min(0).default(30),
  RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
  SEARCH_LOG: z.string().min(1).optional(),
  ADMIN_USERNAME: z.string().min(1).optional(),
  ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  SHUTDOWN_TIMEOUT: z.coerce.number().int().min(0).max(600).default(10),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' })
    .optional(),
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
  /** Folder for the SQLite survey database. */
  dataDir: string;
  /** Key for CSRF tokens; random per process when unset (fine for one instance only). */
  csrfSecret: string;
  csrfSecretFromEnv: boolean;
  /**
   * Proxies whose X-Forwarded-* headers are believed, by address (Express's `trust proxy`):
   * `loopback`, `linklocal`, `uniquelocal`, IPs and CIDR subnets; false: none.
   */
  trustProxy: string[] | false;
  /** Survey submissions allowed per client IP per 15 minutes (0 turns the limit off). */
  surveyRateLimit: number;
  /** "Was this helpful?" votes allowed per client IP per 15 minutes (0 turns the limit off). */
  feedbackRateLimit: number;
  /** Days votes and search counts are kept; older ones are deleted (daily). */
  retentionDays: number;
  /** nginx's search log, read by this instance to count the results pages nginx answers. */
  searchLog: string | undefined;
  /** Staff credentials for /admin; the admin pages do not exist without them. */
  admin: { username: string; password: string } | undefined;
  /** pino level; tests are silent unless asked. */
  logLevel: string;
  /** Seconds a shutdown waits for requests in flight before closing their connections. */
  shutdownTimeout: number;
  /** PostgreSQL for survey answers, votes and search counts (several instances); SQLite in DATA_DIR when unset. */
  databaseUrl: string | undefined;
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
  if (Boolean(vars.ADMIN_USERNAME) !== Boolean(vars.ADMIN_PASSWORD)) {
    throw new ConfigError(
      'Invalid environment:\n  ADMIN_USERNAME and ADMIN_PASSWORD must be set together (or neither)',
    );
  }
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
    dataDir: path.resolve(projectRoot, vars.DATA_DIR),
    csrfSecret: vars.CSRF_SECRET ?? randomBytes(32).toString('hex'),
    csrfSecretFromEnv: Boolean(vars.CSRF_SECRET),
    trustProxy: vars.TRUST_PROXY,
    surveyRateLimit: vars.SURVEY_RATE_LIMIT,
    feedbackRateLimit: vars.FEEDBACK_RATE_LIMIT,
    retentionDays: vars.RETENTION_DAYS,
    searchLog: vars.SEARCH_LOG && path.resolve(projectRoot, vars.SEARCH_LOG),
    admin:
      vars.ADMIN_USERNAME && vars.ADMIN_PASSWORD
        ? { username: vars.ADMIN_USERNAME, password: vars.ADMIN_PASSWORD }
        : undefined,
    logLevel: vars.LOG_LEVEL ?? (vars.NODE_ENV === 'test' ? 'silent' : 'info'),
    shutdownTimeout: vars.SHUTDOWN_TIMEOUT,
    databaseUrl: vars.DATABASE_URL,
  };
}

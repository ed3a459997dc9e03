import { execFile, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';

/** One message of the W3C Nu HTML Checker (vnu) in its JSON format. */
export interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

// vnu-jar's main export is the path of the jar it ships (a String object).
const jar = String(createRequire(import.meta.url)('vnu-jar'));

/** Why the checker cannot run here, with what to do about it; undefined when it can. */
export function javaProblem(): string | undefined {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (!probe.error && probe.status === 0) return undefined;
  return (
    'The HTML validity test runs the W3C Nu HTML Checker (vnu-jar), which needs Java 17+ ' +
    '(`java` on the PATH). Install it with `apt-get install -y default-jre-headless` ' +
    `(or any JDK/JRE), then run the test again. (${probe.error?.message ?? probe.stderr})`
  );
}

/**
 * Checks every file in one run of the checker (a JVM start is the slow part). Files named
 * *.css are checked as CSS, the rest as HTML.
 */
export async function nuCheck(files: readonly string[]): Promise<NuMessage[]> {
  const args = ['-jar', jar, '--format', 'json', '--stdout', '--exit-zero-always'];
  if (files.some((file) => file.endsWith('.css'))) args.push('--also-check-css');
  const { stdout } = await promisify(execFile)('java', [...args, ...files], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return (JSON.parse(stdout) as { messages: NuMessage[] }).messages;
}

export const isWarning = (m: NuMessage) => m.type === 'info' && m.subType === 'warning';
/** Errors, fatal errors and files the checker could not read all fail the check. */
export const isError = (m: NuMessage) => m.type === 'error' || m.type === 'non-document-error';

/**
 * What the whole test run needs from the machine, checked once before any test: Debian
 * packages that no npm install brings. A missing one stops the run at once with the one
 * command that installs them all, rather than failing test after test.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chromiumPath } from './browser.js';
import { nginxBinary } from './nginx.js';
const postgresRoot = '/usr/lib/postgresql';

/** The newest PostgreSQL's bin folder (Debian installs each major under its own folder). */
export function postgresBinaries(): string | undefined {
  if (!existsSync(postgresRoot)) return undefined;
  const majors = readdirSync(postgresRoot)
    .filter((name) => existsSync(`${postgresRoot}/${name}/bin/initdb`))
    .sort((a, b) => Number(a) - Number(b));
  const newest = majors.at(-1);
  return newest === undefined ? undefined : `${postgresRoot}/${newest}/bin`;
}

const onPath = (command: string) => spawnSync(command, ['-version']).error === undefined;

/** Each package with how to tell it is there; what the browser, HTML, deploy and store tests use. */
const packages: { name: string; present: () => boolean }[] = [
  { name: 'chromium', present: () => existsSync(chromiumPath) },
  { name: 'default-jre-headless', present: () => onPath('java') },
  { name: 'nginx-light', present: () => existsSync(nginxBinary) },
  { name: 'openssl', present: () => onPath('openssl') },
  // Only needed to start a server of our own: a given TEST_DATABASE_URL stands for it.
  {
    name: 'postgresql',
    present: () => Boolean(process.env.TEST_DATABASE_URL) || postgresBinaries() !== undefined,
  },
];

/** Throws one message naming every missing package and the command that installs them. */
export function checkSystemPackages(): void {
  const missing = packages.filter((p) => !p.present()).map((p) => p.name);
  if (missing.length === 0) return;
  throw new Error(
    `The tests need Debian packages that are not installed: ${missing.join(', ')}.\n` +
      `Install them with:\n\n  sudo apt-get install -y ${missing.join(' ')}\n\n` +
      'or run `bash .ci/run`, which installs what is missing and runs every test. ' +
      '(`npm run test:unit` needs none of them.)',
  );
}

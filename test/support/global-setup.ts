/**
 * Before any test file: the Debian packages the run needs are there (one message naming the
 * missing ones otherwise), and PostgreSQL is running, our own throw-away server unless
 * TEST_DATABASE_URL names one. A run that leaves out the *.e2e.test.ts files needs neither.
 */
import type { TestProject } from 'vitest/node';
import { startPostgres } from './postgres-server.js';
import { checkSystemPackages } from './system.js';

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const unitOnly = project.config.exclude.some((pattern) => pattern.includes('.e2e.'));
  if (unitOnly) return;
  checkSystemPackages();
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide('testDatabaseUrl', given);
    return;
  }
  const server = await startPostgres();
  project.provide('testDatabaseUrl', server.url);
  return () => server.stop();
}

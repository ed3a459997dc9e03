/**
 * Clean-ups registered by test helpers while a test file runs (temp folders, open stores),
 * run once the file is done: test/support/setup.ts registers `runCleanups` with afterAll.
 */
const pending: (() => Promise<void>)[] = [];

export function onCleanup(cleanup: () => Promise<void>): void {
  pending.push(cleanup);
}

export async function runCleanups(): Promise<void> {
  for (const cleanup of pending.splice(0).reverse()) await cleanup();
}

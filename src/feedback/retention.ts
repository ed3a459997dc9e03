import type { FeedbackStore } from './store.js';

const dayMs = 24 * 60 * 60 * 1000;

/** The first day kept when records older than `days` days are deleted (YYYY-MM-DD, UTC). */
export function firstDayKept(days: number, now: Date = new Date()): string {
  return new Date(now.getTime() - days * dayMs).toISOString().slice(0, 10);
}

/**
 * Deletes votes and search counts older than `days` days now (resolving once done), then
 * once a day. Resolves to a function that stops the daily run.
 */
export async function scheduleRetention(
  store: FeedbackStore,
  days: number,
  onError: (error: unknown) => void,
): Promise<() => void> {
  await store.deleteBefore(firstDayKept(days));
  const timer = setInterval(
    () => void store.deleteBefore(firstDayKept(days)).catch(onError),
    dayMs,
  );
  timer.unref();
  return () => clearInterval(timer);
}

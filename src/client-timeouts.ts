/**
 * Slow clients are cut off on purpose (Node's defaults allow 60 s for the headers and 300 s
 * for a request, so a few hundred trickling connections could hold the server for minutes).
 * A browser sends its headers at once and a survey answer in well under a second; nginx in
 * front buffers whole requests before passing them on.
 */
export const clientTimeouts = {
  /** Headers must be complete within this time, or the connection gets 408 and is closed. */
  headersMs: 10_000,
  /** The whole request (headers and body) within this time. */
  requestMs: 30_000,
  /** An idle kept-alive connection is closed after this (nginx drops its own at 4 s). */
  keepAliveMs: 5_000,
  /** How often those limits are checked (Node's default, 30 s, would let them run late). */
  checkEveryMs: 1_000,
};

import type { RequestHandler } from 'express';
import type { Lifecycle } from '../../lifecycle.js';

/** While shutting down, answer the requests still arriving on kept-alive connections, then close them. */
export function closeConnectionsWhenStopping(lifecycle: Lifecycle): RequestHandler {
  return (_req, res, next) => {
    if (lifecycle.stopping) res.set('Connection', 'close');
    next();
  };
}

import type { OutgoingHttpHeaders } from 'node:http';
import type { RequestHandler, Response } from 'express';
import { sendStored, storeResponse, type PageCache } from '../http/page-cache.js';

/**
 * The one in-process cache. A response a route marked `sameForEveryone` (200, no cookie set)
 * is compressed once and kept by address and invitation state, with the headers the app set
 * for it (as any HTTP cache keeps them); the next request for it is answered here, before
 * the rest of the middleware, routing or rendering.
 */
export function pageCache(cache: PageCache): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const key = cache.key(req.originalUrl, res.locals.invitationHidden === true);
    const stored = cache.get(key);
    if (stored) {
      if (stored.locals) Object.assign(res.locals, stored.locals);
      return sendStored(req, res, stored);
    }

    // Headers set so far (the request id) are set anew for every request.
    const earlier = new Set(res.getHeaderNames());
    const send = res.send;
    res.send = function (body: unknown) {
      res.send = send;
      if (!storable(res, body)) return send.call(this, body);
      // As res.send would: a string is HTML unless the route said otherwise.
      if (!res.hasHeader('Content-Type')) res.type('html');
      const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body);
      const stored = storeResponse(bytes, headersSetSince(res, earlier));
      if (res.locals.searchCount) stored.locals = { searchCount: res.locals.searchCount };
      cache.set(key, stored);
      sendStored(req, res, stored);
      return res;
    };
    next();
  };
}

function storable(res: Response, body: unknown): body is string | Buffer {
  return (
    res.locals.sameForEveryone === true &&
    res.statusCode === 200 &&
    !res.hasHeader('Set-Cookie') &&
    (typeof body === 'string' || Buffer.isBuffer(body))
  );
}

function headersSetSince(res: Response, earlier: Set<string>): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {};
  for (const name of res.getHeaderNames()) {
    if (!earlier.has(name)) headers[name] = res.getHeader(name);
  }
  return headers;
}

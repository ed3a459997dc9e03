import type { OutgoingHttpHeaders } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import etag from 'etag';
import type { Locals, Request, Response } from 'express';
import { LRUCache } from 'lru-cache';
import Negotiator from 'negotiator';

/** The same bytes in each encoding we offer, each with its own strong ETag. */
export interface StoredResponse {
  /** Headers the route set (Content-Type, Cache-Control, …) and Vary, sent with every copy. */
  headers: [name: string, value: number | string | string[]][];
  identity: Representation;
  gzip: Representation;
  br: Representation;
  /** What the route said of the answer in res.locals, said again for each request it answers. */
  locals?: Pick<Locals, 'searchCount'>;
}

interface Representation {
  body: Buffer;
  etag: string;
}

/**
 * Compresses a response once, for every later request that asks for it. The ETags come from
 * the module Express uses for its own (strong), so a stored response and a rendered one agree.
 */
export function storeResponse(body: Buffer, headers: OutgoingHttpHeaders = {}): StoredResponse {
  const representation = (bytes: Buffer) => ({ body: bytes, etag: etag(bytes) });
  const vary = [headers.vary, 'Accept-Encoding'].flat().filter(Boolean).join(', ');
  return {
    // Listed once here, not rebuilt per request: every request of a busy page sends them.
    headers: Object.entries({ ...headers, vary }).flatMap(([name, value]) =>
      value === undefined ? [] : [[name, value]],
    ),
    identity: representation(body),
    // Quality 6 compresses almost as well as 11 at a fraction of the time (each response once).
    br: representation(
      brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 6 } }),
    ),
    gzip: representation(gzipSync(body, { level: 9 })),
  };
}

const offered = ['br', 'gzip', 'identity'];
/** Brotli is the smallest: preferred when the browser rates it no lower than gzip. */
const preferred = { preferred: ['br', 'gzip'] };

/**
 * Sends a stored response in the best encoding the browser accepts (negotiated by the library
 * Express uses). Express's `res.send` does the rest: Content-Length, 304 when the browser's
 * If-None-Match holds this representation's ETag, no body for HEAD.
 */
export function sendStored(req: Request, res: Response, stored: StoredResponse): void {
  for (const [name, value] of stored.headers) res.setHeader(name, value);
  const encoding = new Negotiator(req).encoding(offered, preferred);
  const chosen = encoding === 'br' || encoding === 'gzip' ? stored[encoding] : stored.identity;
  if (chosen !== stored.identity) res.setHeader('Content-Encoding', encoding as string);
  res.setHeader('ETag', chosen.etag);
  res.send(chosen.body);
}

/** What an entry holds in memory: its three bodies and its key (an address may be long). */
const entrySize = (stored: StoredResponse, key: string) =>
  stored.identity.body.length + stored.gzip.body.length + stored.br.body.length + key.length * 2;

/**
 * Responses kept by key, bounded in entries and bytes. Addresses with a query string (search
 * results, `/api/search`, later pages of a topic) have their own part, so that a flood of
 * distinct queries cannot push the content pages out. Content reloads clear it.
 */
export class PageCache {
  private readonly pages = new LRUCache<string, StoredResponse>({
    max: 2000,
    maxSize: 64 * 1024 * 1024,
    sizeCalculation: entrySize,
  });
  private readonly queries = new LRUCache<string, StoredResponse>({
    max: 4000,
    maxSize: 32 * 1024 * 1024,
    sizeCalculation: entrySize,
  });

  /** Answers differ by address and by whether the visitor still sees the survey invitation. */
  key(url: string, invitationHidden: boolean): string {
    return `${invitationHidden ? 'hidden' : 'shown'} ${url}`;
  }

  private part(key: string) {
    return key.includes('?') ? this.queries : this.pages;
  }

  get(key: string): StoredResponse | undefined {
    return this.part(key).get(key);
  }

  set(key: string, stored: StoredResponse): void {
    this.part(key).set(key, stored);
  }

  /** Bytes held, keys included (what the byte limits count). */
  get bytes(): number {
    return this.pages.calculatedSize + this.queries.calculatedSize;
  }

  clear(): void {
    this.pages.clear();
    this.queries.clear();
  }
}

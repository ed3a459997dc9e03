import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Request, Response } from 'express';
import { LRUCache } from 'lru-cache';
import type { SlottedPage } from './slots.js';

/** A rendered page, ready to send in any encoding the browser accepts. */
export interface CachedPage {
  identity: Buffer;
  gzip: Buffer;
  br: Buffer;
  etag: string;
}

export type Encoding = 'br' | 'gzip' | 'identity';

/** Pages that are the same for every visitor: short freshness, long stale-while-revalidate. */
export const sharedPageCacheControl = 'public, max-age=300, stale-while-revalidate=86400';

export function compressPage(html: string): CachedPage {
  return compressBytes(Buffer.from(html));
}

export function compressBytes(identity: Buffer): CachedPage {
  return {
    identity,
    // Quality 6 compresses almost as well as 11 at a fraction of the time (each page once).
    br: brotliCompressSync(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 6 } }),
    gzip: gzipSync(identity, { level: 9 }),
    etag: `"${createHash('sha256').update(identity).digest('base64url').slice(0, 27)}"`,
  };
}

const allEncodings: readonly Encoding[] = ['br', 'gzip', 'identity'];
const encodingChoices = new Map<readonly Encoding[], Map<string, Encoding>>();

/**
 * The encoding to send for an Accept-Encoding header, among those `offered`: the highest q,
 * the first offered on a tie (brotli is the smallest). Identity is acceptable unless refused;
 * when everything is refused, identity is sent anyway. Browsers send a handful of distinct
 * headers, so answers are remembered (a bounded number of them).
 */
export function preferredEncoding(
  header: string | undefined,
  offered: readonly Encoding[] = allEncodings,
): Encoding {
  if (!header) return 'identity';
  let choices = encodingChoices.get(offered);
  if (!choices) encodingChoices.set(offered, (choices = new Map()));
  let choice = choices.get(header);
  if (choice) return choice;
  const q: Record<string, number> = {};
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (!name || name in q) continue;
    const weight = params.find((p) => p.startsWith('q='));
    const value = weight ? Number.parseFloat(weight.slice(2)) : 1;
    q[name] = Number.isNaN(value) ? 0 : value;
  }
  const star = q['*'];
  // As Express (negotiator): unnamed identity gets the lowest q named (q=0 counting as 1).
  const lowest = Math.min(1, ...Object.values(q).map((value) => value || 1));
  const of = (name: Encoding) => q[name] ?? star ?? (name === 'identity' ? lowest : 0);
  choice = offered.reduce((best, name) => (of(name) > of(best) ? name : best));
  if (of(choice) <= 0) choice = 'identity';
  if (choices.size >= 100) choices.clear();
  choices.set(header, choice);
  return choice;
}

/** Whether the browser already has these bytes (If-None-Match), as Express's `req.fresh`. */
export function isFresh(headers: IncomingHttpHeaders, etag: string): boolean {
  const noneMatch = headers['if-none-match'];
  if (!noneMatch) return false;
  const cacheControl = headers['cache-control'];
  if (cacheControl && /(?:^|,)\s*?no-cache\s*?(?:,|$)/.test(cacheControl)) return false;
  if (noneMatch === '*') return true;
  return noneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === etag || t === `W/${etag}`;
  });
}

/** Sends bytes with their ETag (304 when the browser has them) in the best accepted encoding. */
export function sendCompressed(req: Request, res: Response, page: CachedPage, type = 'html'): void {
  res.set('ETag', page.etag);
  res.vary('Accept-Encoding');
  res.type(type);
  if (isFresh(req.headers, page.etag)) {
    res.status(304).end();
    return;
  }
  const encoding = preferredEncoding(req.headers['accept-encoding']);
  if (encoding !== 'identity') res.set('Content-Encoding', encoding);
  const body = page[encoding];
  res.set('Content-Length', String(body.length));
  res.end(req.method === 'HEAD' ? undefined : body);
}

const pageSize = (page: CachedPage) => page.identity.length + page.gzip.length + page.br.length;

/**
 * Rendered pages by (URL, banner state), bounded in entries and bytes. Search results (pages
 * and JSON) have their own section, so that a flood of distinct queries cannot push the
 * content pages out. Content reloads clear it; each instance has its own, rebuilt on demand.
 */
export class PageCache {
  private readonly pages = new LRUCache<string, CachedPage>({
    max: 2000,
    maxSize: 64 * 1024 * 1024,
    sizeCalculation: pageSize,
  });
  private readonly searches = new LRUCache<string, CachedPage>({
    max: 4000,
    maxSize: 32 * 1024 * 1024,
    sizeCalculation: pageSize,
  });

  /** Pages made once with slots for per-visitor values (the survey form): never sent as they are. */
  private readonly slottedPages = new LRUCache<string, SlottedPage>({ max: 100 });

  key(url: string, showBanner = false): string {
    return `${showBanner ? 'b' : '-'}${url}`;
  }

  get(key: string): CachedPage | undefined {
    return this.pages.get(key) ?? this.searches.get(key);
  }

  set(key: string, page: CachedPage): void {
    this.pages.set(key, page);
  }

  /**
   * A search answer: made once per normalised key (locale, query as understood, page or
   * limit, banner state), whatever URL asked for it, and kept under that URL too so that the
   * next request for it is answered straight from the cache.
   */
  search(normalisedKey: string, urlKey: string, make: () => CachedPage): CachedPage {
    let page = this.searches.get(normalisedKey);
    if (!page) {
      page = make();
      this.searches.set(normalisedKey, page);
    }
    this.searches.set(urlKey, page);
    return page;
  }

  /** The page with slots stored under `key`, if made already. */
  slotted(key: string): SlottedPage | undefined {
    return this.slottedPages.get(key);
  }

  /** The page with slots stored under `key`, made now if need be. */
  withSlots(key: string, make: () => SlottedPage): SlottedPage {
    let page = this.slottedPages.get(key);
    if (!page) {
      page = make();
      this.slottedPages.set(key, page);
    }
    return page;
  }

  clear(): void {
    this.pages.clear();
    this.searches.clear();
    this.slottedPages.clear();
  }
}

import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Request, Response } from 'express';
import { LRUCache } from 'lru-cache';

/** A rendered page, ready to send in any encoding the browser accepts. */
export interface CachedPage {
  identity: Buffer;
  gzip: Buffer;
  br: Buffer;
  etag: string;
}

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

/** Sends bytes with their ETag (304 when the browser has them) in the best accepted encoding. */
export function sendCompressed(req: Request, res: Response, page: CachedPage, type = 'html'): void {
  res.set('ETag', page.etag);
  res.vary('Accept-Encoding');
  res.type(type);
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  const encoding = req.acceptsEncodings('br', 'gzip', 'identity');
  const body = encoding === 'br' ? page.br : encoding === 'gzip' ? page.gzip : page.identity;
  if (encoding === 'br' || encoding === 'gzip') res.set('Content-Encoding', encoding);
  res.set('Content-Length', String(body.length));
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * Rendered pages by (URL, banner state), bounded in entries and bytes. Content reloads clear
 * it; each instance has its own, rebuilt from content on demand.
 */
export class PageCache {
  private readonly pages = new LRUCache<string, CachedPage>({
    max: 2000,
    maxSize: 64 * 1024 * 1024,
    sizeCalculation: (page) => page.identity.length + page.gzip.length + page.br.length,
  });

  key(url: string, showBanner: boolean): string {
    return `${showBanner ? 'b' : '-'}${url}`;
  }

  get(key: string): CachedPage | undefined {
    return this.pages.get(key);
  }

  set(key: string, page: CachedPage): void {
    this.pages.set(key, page);
  }

  clear(): void {
    this.pages.clear();
  }
}

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { storeResponse, type StoredResponse } from '../http/page-cache.js';

export interface Asset {
  /** The file's bytes, precompressed once (served with ETag and the best encoding). */
  content: StoredResponse;
  /** Public URL with a content hash in the file name, safe to cache forever. */
  url: string;
  /** Subresource Integrity value for <link>/<script integrity>. */
  integrity: string;
  file: string;
}

/** Fingerprinted view of public/: templates ask for "css/site.css" and get its hashed URL. */
export class AssetManifest {
  private byName = new Map<string, Asset>();
  private byUrl = new Map<string, Asset>();

  constructor(
    private readonly dir: string,
    readonly prefix = '/assets/',
  ) {
    this.refresh();
  }

  /** Re-reads public/ (at start, and when its files change during development). */
  refresh(): void {
    const byName = new Map<string, Asset>();
    const byUrl = new Map<string, Asset>();
    for (const name of listFiles(this.dir)) {
      const file = path.join(this.dir, name);
      const bytes = readFileSync(file);
      const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 10);
      const ext = path.extname(name);
      const url = `${this.prefix}${name.slice(0, -ext.length)}.${hash}${ext}`;
      const integrity = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
      const asset = { url, integrity, file, content: storeResponse(bytes) };
      byName.set(name, asset);
      byUrl.set(url, asset);
    }
    this.byName = byName;
    this.byUrl = byUrl;
  }

  get(name: string): Asset {
    const asset = this.byName.get(name);
    if (!asset) throw new Error(`Unknown asset "${name}" (not in public/)`);
    return asset;
  }

  byPath(urlPath: string): Asset | undefined {
    return this.byUrl.get(urlPath);
  }
}

function listFiles(dir: string, base = ''): string[] {
  return readdirSync(path.join(dir, base), { withFileTypes: true }).flatMap((entry) => {
    const name = base ? `${base}/${entry.name}` : entry.name;
    if (entry.name.startsWith('.')) return [];
    return entry.isDirectory() ? listFiles(dir, name) : [name];
  });
}

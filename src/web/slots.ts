import { randomUUID } from 'node:crypto';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import nunjucks from 'nunjucks';
import { preferredEncoding, type Encoding } from './page-cache.js';

/**
 * A page rendered once with slots for per-visitor values (a CSRF token, say): filling them
 * in is a join instead of a template render, and gives the very bytes a render would.
 */
export interface SlottedPage {
  html(values: Record<string, string>): string;
  /** The same page gzipped, without compressing it again (see `gzipSpliced`). */
  gzip(values: Record<string, string>): Buffer;
}

/** A marker no content or visitor can write: it changes with each process. */
const marker = `slot-${randomUUID()}`;

/**
 * Nunjucks' own autoescape (which its type definitions leave out), so a filled page equals a
 * rendered one byte for byte.
 */
const escapeHtml = (nunjucks.lib as unknown as { escape(value: string): string }).escape;

/** Renders once, `render` passing the markers it gets as the values, and finds the slots. */
export function renderWithSlots(
  names: readonly string[],
  render: (markers: Record<string, string>) => string,
): SlottedPage {
  const html = render(Object.fromEntries(names.map((name) => [name, `${marker}:${name};`])));
  const parts: string[] = [];
  const slots: string[] = [];
  let last = 0;
  for (const match of html.matchAll(new RegExp(`${marker}:([\\w-]+);`, 'g'))) {
    parts.push(html.slice(last, match.index));
    slots.push(match[1] as string);
    last = match.index + match[0].length;
  }
  parts.push(html.slice(last));
  // A filter (urlencode, say) that changed a marker would change the value too: not fillable.
  if (parts.some((part) => part.includes(marker))) {
    throw new Error(`A template transforms one of ${names.join(', ')}: render it per visitor`);
  }
  const filled = (values: Record<string, string>) =>
    slots.map((slot) => escapeHtml(values[slot] ?? ''));
  const gzip = gzipSpliced(parts.map((part) => Buffer.from(part)));
  return {
    html: (values) => {
      const fills = filled(values);
      let out = parts[0] as string;
      for (let i = 0; i < fills.length; i++) out += (fills[i] as string) + (parts[i + 1] as string);
      return out;
    },
    gzip: (values) => gzip(filled(values).map((value) => Buffer.from(value))),
  };
}

const gzipOrIdentity: readonly Encoding[] = ['gzip', 'identity'];

/** The page filled for one visitor: gzipped (without compressing again) if the browser takes it. */
export function filledBody(
  page: SlottedPage,
  values: Record<string, string>,
  acceptEncoding: string | undefined,
): { gzip: boolean; body: Buffer } {
  const gzip = preferredEncoding(acceptEncoding, gzipOrIdentity) === 'gzip';
  return { gzip, body: gzip ? page.gzip(values) : Buffer.from(page.html(values)) };
}

const gzipHeader = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
const maxStored = 0xffff;

/**
 * Gzip for fixed parts with short values between them, the parts compressed once. DEFLATE
 * allows it: each part is compressed on its own and ends byte-aligned (a sync flush), each
 * value goes in as a stored (uncompressed) block, the last part ends the stream; the gzip
 * trailer's CRC-32 and length cover it all.
 */
export function gzipSpliced(parts: readonly Buffer[]): (values: readonly Buffer[]) => Buffer {
  const deflated = parts.map((part, i) =>
    deflateRawSync(part, {
      level: 9,
      finishFlush: i === parts.length - 1 ? constants.Z_FINISH : constants.Z_SYNC_FLUSH,
    }),
  );
  return (values) => {
    const chunks: Buffer[] = [gzipHeader];
    let crc = 0;
    let size = 0;
    parts.forEach((part, i) => {
      chunks.push(deflated[i] as Buffer);
      // Never on empty bytes: with no data pointer, zlib's crc32 answers its initial value, 0.
      if (part.length) crc = crc32(part, crc);
      size += part.length;
      const value = values[i];
      if (i === parts.length - 1 || !value?.length) return;
      for (let at = 0; at < value.length; at += maxStored) {
        const piece = value.subarray(at, at + maxStored);
        const header = Buffer.alloc(5);
        header.writeUInt16LE(piece.length, 1);
        header.writeUInt16LE(~piece.length & 0xffff, 3);
        chunks.push(header, piece);
      }
      crc = crc32(value, crc);
      size += value.length;
    });
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(crc >>> 0, 0);
    trailer.writeUInt32LE(size >>> 0, 4);
    chunks.push(trailer);
    return Buffer.concat(chunks);
  };
}

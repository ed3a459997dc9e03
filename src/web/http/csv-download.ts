import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Response } from 'express';

/** Streams a CSV file (see src/csv.ts) to the browser as a download named `fileName`. */
export async function sendCsv(
  res: Response,
  fileName: string,
  lines: AsyncIterable<string>,
): Promise<void> {
  res.set({
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${fileName}"`,
  });
  try {
    await pipeline(Readable.from(lines), res);
  } catch (error) {
    // A download cancelled half-way is not a fault of ours; anything else is.
    if ((error as { code?: string }).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error;
  }
}

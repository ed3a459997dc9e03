/** Reading staff pages in tests: signed-in requests, CSV downloads, stored votes. */
import request from 'supertest';
import type { Vote } from '../../src/feedback/store.js';
import type { Services } from '../../src/services.js';
import { staff } from './page-types.js';

type App = Parameters<typeof request>[0];

/** A GET with the staff credentials. */
export const staffGet = (app: App, url: string) =>
  request(app).get(url).auth(staff.ADMIN_USERNAME, staff.ADMIN_PASSWORD);

/** A GET of a download with the staff credentials, its body as text. */
export const staffDownload = (app: App, url: string) =>
  staffGet(app, url)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
    });

/** A small RFC 4180 reader, enough to check what a spreadsheet would see. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ',') {
      record.push(field);
      field = '';
    } else if (!quoted && char === '\r' && text[i + 1] === '\n') {
      records.push([...record, field]);
      record = [];
      field = '';
      i++;
    } else {
      field += char;
    }
  }
  return records;
}

const dayMs = 24 * 60 * 60 * 1000;

/** An ISO time `days` days before now (UTC), at the given hour of that day. */
export function daysAgo(days: number, hour = 12): string {
  const day = new Date(Date.now() - days * dayMs).toISOString().slice(0, 10);
  return `${day}T${String(hour).padStart(2, '0')}:00:00.000Z`;
}

/** A vote, No unless said otherwise. */
export function vote(fields: Partial<Vote> & Pick<Vote, 'locale' | 'articleId'>): Vote {
  return { createdAt: daysAgo(1), helpful: false, reason: null, comment: null, ...fields };
}

/** `count` votes on one article: `helpful` of them Yes, the rest No with no reason. */
export function votes(
  locale: Vote['locale'],
  articleId: string,
  count: number,
  helpful: number,
): Vote[] {
  return Array.from({ length: count }, (_, i) => vote({ locale, articleId, helpful: i < helpful }));
}

export async function saveVotes(services: Services, list: readonly Vote[]): Promise<void> {
  for (const item of list) await services.feedbackStore.saveVote(item);
}

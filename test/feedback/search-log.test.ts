import { appendFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SearchLogReader } from '../../src/feedback/search-log.js';
import { SqliteFeedbackStore } from '../../src/feedback/sqlite-store.js';
import { tempDir } from '../support/app.js';
import { allSearchCounts } from './store-contract.js';

/** A line as deploy/nginx.conf's help_centre_searches format writes it. */
const line = (
  uri: string,
  results = '3',
  status = '200',
  method = 'GET',
  msec = '1772366400.123',
) => `${msec}\t${status}\t${method}\t${results}\t${uri}\n`;

describe('counting the searches nginx answered, from its search log', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let store: SqliteFeedbackStore;
  let log: string;
  const errors: unknown[] = [];
  const reader = () => new SearchLogReader(log, store, (error) => errors.push(error));
  const counts = async () =>
    (await allSearchCounts(store)).map((c) => [c.day, c.locale, c.query, c.count, c.results]);

  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir('help-centre-searchlog-'));
    store = new SqliteFeedbackStore(dir);
    log = path.join(dir, 'searches.log');
    errors.length = 0;
  });

  afterEach(async () => {
    await store.close();
    await cleanup();
    expect(errors).toEqual([]);
  });

  it('counts results pages answered 200 or 304 that carry a result count, nothing else', async () => {
    await writeFile(
      log,
      [
        line('/en/search?q=Password'),
        line('/en/search?q=password', '3', '304'),
        line('/fr/search?q=mot+de+passe', '0'),
        line('/fr/search?q=caf%C3%A9', '2'),
        // Not searches: no count sent (a later page, an empty query), a redirect, a post,
        // another path, an unknown language, a malformed line.
        line('/en/search?q=password&page=2', '-'),
        line('/en/search?q=password&utm=x', '-', '301'),
        line('/en/search?q=password', '3', '200', 'POST'),
        line('/en/search?q=password', '3', '502'),
        line('/en/other?q=password'),
        line('/de/search?q=passwort'),
        'garbage\n',
      ].join(''),
    );
    await reader().read();
    expect(await counts()).toEqual([
      ['2026-03-01', 'en', 'password', 2, 3],
      ['2026-03-01', 'fr', 'café', 1, 2],
      ['2026-03-01', 'fr', 'mot de passe', 1, 0],
    ]);
  });

  it('counts each line once: a line being written waits, a restart carries on where it was', async () => {
    await writeFile(log, line('/en/search?q=pin') + '1772366400.5\t200\tGET\t1\t/en/sea');
    const first = reader();
    await first.start();
    await first.read();
    expect(await counts()).toEqual([['2026-03-01', 'en', 'pin', 1, 3]]);
    await appendFile(log, 'rch?q=qr\n');
    await first.stop();
    expect(await counts()).toEqual([
      ['2026-03-01', 'en', 'pin', 1, 3],
      ['2026-03-01', 'en', 'qr', 1, 1],
    ]);
    // Another reader on the same store (the instance restarted): nothing counted twice.
    await appendFile(log, line('/en/search?q=pin'));
    const second = reader();
    await second.start();
    await second.read();
    await second.read();
    expect((await counts())[0]).toEqual(['2026-03-01', 'en', 'pin', 2, 3]);
    await second.stop();
  });

  it('finishes a rotated file before the new one, and starts again after a truncation', async () => {
    await writeFile(log, line('/en/search?q=one'));
    const r = reader();
    await r.start();
    await r.read();
    // logrotate renames the file; nginx writes a last line to it before it reopens its logs.
    await rename(log, `${log}.1`);
    await appendFile(`${log}.1`, line('/en/search?q=two'));
    await writeFile(log, line('/en/search?q=three'));
    await r.read();
    expect((await counts()).map(([, , query, count]) => [query, count])).toEqual([
      ['one', 1],
      ['three', 1],
      ['two', 1],
    ]);
    // Truncated in place (copytruncate): read from its start again.
    await writeFile(log, line('/en/search?q=four'));
    await r.read();
    expect((await counts()).map(([, , query]) => query)).toContain('four');
    await r.stop();
  });

  it('waits for a log that does not exist yet', async () => {
    const r = reader();
    await r.start();
    await r.read();
    expect(await counts()).toEqual([]);
    await writeFile(log, line('/en/search?q=late'));
    await r.stop();
    expect(await counts()).toEqual([['2026-03-01', 'en', 'late', 1, 3]]);
  });
});

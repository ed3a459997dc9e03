import { describe, expect, it } from 'vitest';
import { csvField, csvFile, datedCsvName } from '../src/csv.js';

async function collect(lines: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const line of lines) text += line;
  return text;
}

describe('any CSV download', () => {
  it('writes numbers as they are, and a negative one as text a spreadsheet will not compute', () => {
    expect(csvField(42)).toBe('42');
    expect(csvField(0)).toBe('0');
    expect(csvField(-1)).toBe("'-1");
  });

  it('streams a byte order mark, the header row, then one record per row', async () => {
    async function* rows() {
      await Promise.resolve();
      yield { name: 'a,b', count: 2 };
      yield { name: '@x', count: 0 };
    }
    const text = await collect(csvFile(['name', 'count'], rows(), (r) => [r.name, r.count]));
    expect(text).toBe('\uFEFFname,count\r\n"a,b",2\r\n\'@x,0\r\n');
  });

  it('names a download after the UTC day', () => {
    expect(datedCsvName('search-counts', new Date('2026-03-31T23:30:00Z'))).toBe(
      'search-counts-2026-03-31.csv',
    );
  });
});

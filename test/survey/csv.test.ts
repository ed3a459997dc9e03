import { describe, expect, it } from 'vitest';
import { byteOrderMark, csvField, csvRecord } from '../../src/csv.js';
import { csvFileName, csvLines, responseRecord } from '../../src/survey/csv.js';
import type { SurveyResponse } from '../../src/survey/questions.js';

const response: SurveyResponse = {
  submissionId: '6f1c1d3e-0a7b-4c55-9a4e-2b7d3f0e9a11',
  locale: 'fr',
  createdAt: '2026-03-04T09:05:00.000Z',
  answers: {
    satisfaction: '4',
    found: 'partly',
    topic: 'eu-login',
    ease: '3',
    improve: 'Plus d’exemples, s’il vous plaît',
  },
  fromPath: '/fr/eu-login',
};

async function collect(lines: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const line of lines) text += line;
  return text;
}

/** The store's responses() as the CSV writer reads it: an async iterable. */
function some(...items: SurveyResponse[]): AsyncIterable<SurveyResponse> {
  return (async function* () {
    await Promise.resolve();
    yield* items;
  })();
}

describe('CSV fields', () => {
  it('leaves plain text as it is', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField(null)).toBe('');
  });

  it('quotes fields holding a comma, a quote, CR or LF, doubling the quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+33 1 23')).toBe("'+33 1 23");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tindent')).toBe('"\'\tindent"');
    expect(csvField('\rreturn')).toBe('"\'\rreturn"');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('a = b')).toBe('a = b');
  });

  it('neutralises a formula after every separator a spreadsheet may split on', () => {
    // Excel with French settings splits on ";": x | =1+1 | y, without the apostrophe.
    expect(csvField('x;=1+1;y')).toBe('"x;\'=1+1;y"');
    expect(csvField('a,+1')).toBe('"a,\'+1"');
    expect(csvField('a\t-1')).toBe('"a\t\'-1"');
    expect(csvField('a|@SUM(A1)')).toBe('"a|\'@SUM(A1)"');
    expect(csvField('a; b')).toBe('"a; b"');
  });

  it('neutralises a formula at the start of every line of a value', () => {
    expect(csvField('first line\n=1+1')).toBe('"first line\n\'=1+1"');
    expect(csvField('first\r\n@cmd')).toBe('"first\r\n\'@cmd"');
    expect(csvField('no formula\nhere')).toBe('"no formula\nhere"');
  });

  it('leaves no cell starting with a formula character, whatever the spreadsheet splits on', () => {
    const comment = 'ok;=1+1\t+2,-3|@4\n=5\r\n+6';
    const field = csvField(comment).replace(/^"|"$/g, '').replace(/""/g, '"');
    for (const cell of field.split(/[,;\t|\r\n]/)) expect(cell, cell).not.toMatch(/^[=+\-@]/);
  });

  it('ends every record with CRLF', () => {
    expect(csvRecord(['a', 'b,c', null])).toBe('a,"b,c",\r\n');
  });
});

describe('CSV file', () => {
  it('starts with a byte order mark and the header row from the question definitions', async () => {
    const text = await collect(csvLines(some()));
    expect(text.startsWith(byteOrderMark)).toBe(true);
    expect(text.slice(1)).toBe(
      'submission_id,created_at,locale,satisfaction,found,topic,ease,improve,from_path\r\n',
    );
  });

  it('writes one record per response, accents intact', async () => {
    const text = await collect(csvLines(some(response, { ...response, fromPath: null })));
    const records = text.slice(1).split('\r\n');
    expect(records).toHaveLength(4);
    expect(records[1]).toBe(
      '6f1c1d3e-0a7b-4c55-9a4e-2b7d3f0e9a11,2026-03-04T09:05:00.000Z,fr,4,partly,eu-login,3,' +
        '"Plus d’exemples, s’il vous plaît",/fr/eu-login',
    );
    expect(records[2]?.endsWith('s’il vous plaît",')).toBe(true);
    expect(records[3]).toBe('');
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('writes an empty cell for an unanswered question', () => {
    const record = responseRecord({ ...response, answers: { ...response.answers, improve: null } });
    expect(record).toContain(',eu-login,3,,/fr/eu-login\r\n');
  });

  it('names the file after the UTC day of the download', () => {
    expect(csvFileName(new Date('2026-03-31T23:30:00Z'))).toBe('survey-responses-2026-03-31.csv');
  });
});

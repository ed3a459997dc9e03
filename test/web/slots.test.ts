import nunjucks from 'nunjucks';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gzipSpliced, renderWithSlots } from '../../src/web/slots.js';

const env = new nunjucks.Environment(null, { autoescape: true });
const template = '<form><input value="{{ token }}"><p>{{ from }}</p>{{ token }}</form>{{ tail }}';
const render = (values: Record<string, string>) =>
  env.renderString(template, { tail: 'x'.repeat(5000), ...values });

describe('pages rendered once with slots', () => {
  it.each([
    { token: 'abc.123', from: '/en/eu-login' },
    { token: `<script>"it's" & \\</script>`, from: '' },
    { token: 'é'.repeat(70_000), from: '&amp;' },
  ])('give the bytes a rendering gives, plain and gzipped (%#)', (values) => {
    const page = renderWithSlots(['token', 'from'], render);
    expect(page.html(values)).toBe(render(values));
    expect(gunzipSync(page.gzip(values)).toString()).toBe(render(values));
  });

  it('refuse a template that transforms a value, which filling in could not reproduce', () => {
    const transforming = (values: Record<string, string>) =>
      env.renderString('<a href="?from={{ from | urlencode }}">', values);
    expect(() => renderWithSlots(['from'], transforming)).toThrow(/transforms/);
  });

  it('splice gzip around empty parts and values, as zlib reads it', () => {
    const parts = ['', 'a'.repeat(100_000), '', 'end'].map((part) => Buffer.from(part));
    const values = ['', 'v', 'w'].map((value) => Buffer.from(value));
    const body = gunzipSync(gzipSpliced(parts)(values)).toString();
    expect(body).toBe(`${'a'.repeat(100_000)}vwend`);
  });
});

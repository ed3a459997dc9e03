import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatDecimal,
  formatNumber,
  formatPercent,
} from '../../src/i18n/format.js';

describe('dates and numbers per language', () => {
  it('writes the first of the month as French writes it, and no other day', () => {
    expect(formatDate('2026-03-01', 'fr')).toBe('1er mars 2026');
    expect(formatDate('2026-03-11', 'fr')).toBe('11 mars 2026');
    expect(formatDate('2026-03-21', 'fr')).toBe('21 mars 2026');
    expect(formatDate('2026-03-01', 'en')).toBe('1 March 2026');
    expect(formatDateTime('2026-11-01T09:05:00Z', 'fr')).toMatch(/^1er nov\. 2026.*09:05 UTC$/);
    expect(formatDateTime('2026-11-01T09:05:00Z', 'en')).toMatch(/^1 Nov 2026.*09:05 UTC$/);
  });

  it('keeps a calendar day whatever the time zone, and shows a broken timestamp as it is', () => {
    expect(formatDate('2026-12-31', 'en')).toBe('31 December 2026');
    expect(formatDateTime('not a date', 'fr')).toBe('not a date');
  });

  it('groups thousands and writes decimals as each language does', () => {
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
    expect(formatNumber(1234567, 'fr')).toBe('1\u202f234\u202f567');
    expect(formatDecimal(3.456, 'en')).toBe('3.5');
    expect(formatDecimal(3, 'fr')).toBe('3,0');
    expect(formatPercent(0.256, 'en')).toBe('25.6%');
    expect(formatPercent(0.256, 'fr')).toBe('25,6\u00a0%');
  });
});

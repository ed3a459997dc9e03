import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

const trustProxy = (value: string | undefined) => loadConfig({ TRUST_PROXY: value }).trustProxy;

describe('TRUST_PROXY', () => {
  it('trusts no proxy when unset, empty or false', () => {
    expect(trustProxy(undefined)).toBe(false);
    expect(trustProxy('')).toBe(false);
    expect(trustProxy('false')).toBe(false);
  });

  it('takes proxies by address: keywords, IPs and subnets, separated by commas', () => {
    expect(trustProxy('loopback')).toEqual(['loopback']);
    expect(trustProxy('127.0.0.1, 10.0.0.0/8,::1 , uniquelocal')).toEqual([
      '127.0.0.1',
      '10.0.0.0/8',
      '::1',
      'uniquelocal',
    ]);
    expect(trustProxy('linklocal,')).toEqual(['linklocal']);
  });

  it.each(['1', '2', '10', 'true', '1, 127.0.0.1'])(
    'refuses %s, which would believe anyone’s X-Forwarded-For, saying what to write',
    (value) => {
      expect(() => trustProxy(value)).toThrow(ConfigError);
      expect(() => trustProxy(value)).toThrow(
        /TRUST_PROXY: .*believes any X-Forwarded-For.*loopback/,
      );
    },
  );

  it('refuses the old 0, saying to write false', () => {
    expect(() => trustProxy('0')).toThrow(/TRUST_PROXY: .*write false/);
  });

  it.each(['nginx', 'localhost', '300.1.2.3', '10.0.0.0/33', '10.0.0.0/', 'false, loopback'])(
    'refuses %s, an address Express could not read, naming the variable',
    (value) => {
      expect(() => trustProxy(value)).toThrow(/TRUST_PROXY: invalid (IP address|range)/);
    },
  );
});

describe('RETENTION_DAYS and FEEDBACK_RATE_LIMIT', () => {
  it('keeps votes and search counts a year by default, and takes a number of days', () => {
    expect(loadConfig({}).retentionDays).toBe(365);
    expect(loadConfig({ RETENTION_DAYS: '30' }).retentionDays).toBe(30);
  });

  it.each(['0', '-1', '1.5', 'forever', '3651'])(
    'refuses RETENTION_DAYS=%s, naming it',
    (value) => {
      expect(() => loadConfig({ RETENTION_DAYS: value })).toThrow(/RETENTION_DAYS/);
    },
  );

  it('limits votes per address unless set to 0', () => {
    expect(loadConfig({}).feedbackRateLimit).toBe(30);
    expect(loadConfig({ FEEDBACK_RATE_LIMIT: '0' }).feedbackRateLimit).toBe(0);
    expect(() => loadConfig({ FEEDBACK_RATE_LIMIT: '-3' })).toThrow(/FEEDBACK_RATE_LIMIT/);
  });
});

describe('SEARCH_LOG', () => {
  it('is off unless set, and resolved from the project root when relative', () => {
    expect(loadConfig({}).searchLog).toBeUndefined();
    expect(loadConfig({ SEARCH_LOG: '/var/log/nginx/s.log' }).searchLog).toBe(
      '/var/log/nginx/s.log',
    );
    expect(loadConfig({ SEARCH_LOG: 'logs/s.log' }).searchLog).toMatch(/^\/.+\/logs\/s\.log$/);
  });
});

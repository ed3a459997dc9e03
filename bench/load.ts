/** Load for `npm run bench`: autocannon, in this process, against one server at a time. */
import autocannon from 'autocannon';

export const connections = 32;
export const warmupSeconds = Number(process.env.BENCH_WARMUP ?? 1);
export const durationSeconds = Number(process.env.BENCH_DURATION ?? 5);
const runs = 2;

export interface Measure {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** What a browser sends: Chrome's Accept-Encoding, and the cookies it has, if any. */
export interface Visit {
  path: string;
  cookie?: string;
}

export const browserEncodings = 'gzip, deflate, br, zstd';

function load(url: string, visits: Visit[], seconds: number): Promise<Measure> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        connections,
        duration: seconds,
        requests: visits.map(({ path, cookie }) => ({
          method: 'GET',
          path,
          headers: { 'accept-encoding': browserEncodings, ...(cookie ? { cookie } : {}) },
        })),
      },
      (error, result) => {
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        resolve({
          rps: result.requests.average,
          p50: result.latency.p50,
          p99: result.latency.p99,
          errors: result.errors + result.timeouts,
          non2xx: result.non2xx,
        });
      },
    );
  });
}

/** Warm up, then the best of two runs (machine noise only ever makes a run slower). */
export async function measure(url: string, visits: Visit[]): Promise<Measure> {
  await load(url, visits, warmupSeconds);
  const results: Measure[] = [];
  for (let i = 0; i < runs; i++) results.push(await load(url, visits, durationSeconds));
  return results.sort((a, b) => b.rps - a.rps)[0] as Measure;
}

/** A table cell: req/s, ratio to hello world's req/s, p99. */
export function cell(m: Measure | undefined, helloRps: number): string {
  if (!m) return '';
  const failures = m.errors + m.non2xx ? ` (${m.errors + m.non2xx} failed)` : '';
  return `${m.rps.toFixed(0)} · **${(m.rps / helloRps).toFixed(2)}** · ${m.p99}${failures}`;
}

export const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/**
 * Graceful shutdown of the real server: at SIGTERM it reports not ready, stops accepting
 * connections, finishes what it has started, then exits 0 within SHUTDOWN_TIMEOUT.
 */
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../support/app.js';
import { launchServer, type ServerProcess } from '../support/server-process.js';
import { SurveyVisitor, validAnswers } from '../support/survey-visitor.js';
import { itemAt } from '../../src/item-at.js';

const shutdownTimeout = 5;
const exitMargin = 3;
const connections = 32;
const pages = ['/en/', '/fr/', '/en/search?q=password', '/en/eu-login', '/healthz'];
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

let server: ServerProcess | undefined;
let data: { dir: string; cleanup: () => Promise<void> } | undefined;

async function start(env: Record<string, string> = {}): Promise<ServerProcess> {
  data = await tempDir('help-centre-shutdown-');
  server = await launchServer({
    DATA_DIR: data.dir,
    SHUTDOWN_TIMEOUT: String(shutdownTimeout),
    CSRF_SECRET: 'shutdown-test-csrf-secret-0123456789abcdef',
    ...env,
  });
  return server;
}

afterEach(async () => {
  await server?.stop();
  await data?.cleanup();
  server = undefined;
  data = undefined;
});

/** GET on a given agent; resolves with the status or the error code, never rejects. */
function get(agent: http.Agent, port: number, pathname: string): Promise<number | string> {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: pathname, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    });
    req.setTimeout(10_000, () => req.destroy(new Error('timeout')));
    req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

interface LoadResult {
  statuses: Map<number, number>;
  signalledAt: number;
  /** Answers that arrived after the signal: requests in flight then, or on kept-alive connections. */
  answeredAfterSignal: number;
  /** ECONNREFUSED: a new connection after the listener closed. Expected. */
  refused: number;
  /** Any other error (reset, hang-up, timeout) of a request that had started. */
  failures: string[];
}

/** One keep-alive connection's worth of requests, back to back, until `running` is false. */
async function keepAliveLoop(port: number, result: LoadResult, running: () => boolean) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const deadline = Date.now() + 30_000;
  for (let i = 0; running() && Date.now() < deadline; i++) {
    const outcome = await get(agent, port, itemAt(pages, i % pages.length));
    if (typeof outcome === 'number') {
      result.statuses.set(outcome, (result.statuses.get(outcome) ?? 0) + 1);
      if (Date.now() > result.signalledAt) result.answeredAfterSignal += 1;
    } else if (outcome === 'ECONNREFUSED') {
      result.refused += 1;
      await sleep(20);
    } else {
      result.failures.push(outcome);
    }
  }
  agent.destroy();
}

describe('stopping the server with SIGTERM', () => {
  it(
    'finishes every request under keep-alive load, reports not ready, then exits 0 in time',
    { timeout: 60_000 },
    async () => {
      const { port } = await start();
      const result: LoadResult = {
        statuses: new Map(),
        signalledAt: Infinity,
        answeredAfterSignal: 0,
        refused: 0,
        failures: [],
      };
      let exited = false;
      const loops = Array.from({ length: connections }, () =>
        keepAliveLoop(port, result, () => !exited),
      );
      // A load balancer's health check: one kept-alive connection, polling /readyz.
      const probe = new http.Agent({ keepAlive: true, maxSockets: 1 });
      expect(await get(probe, port, '/readyz')).toBe(200);
      await sleep(1_000);

      const signalledAt = Date.now();
      result.signalledAt = signalledAt;
      server?.kill('SIGTERM');
      const exit = server!.exited.then((how) => {
        exited = true;
        return { ...how, seconds: (Date.now() - signalledAt) / 1000 };
      });
      const readiness: (number | string)[] = [];
      for (let i = 0; i < 50 && !readiness.includes(503); i++) {
        readiness.push(await get(probe, port, '/readyz'));
        await sleep(10);
      }
      probe.destroy();
      const gone = await Promise.race([
        exit,
        sleep((shutdownTimeout + exitMargin) * 1000).then(() => undefined),
      ]);
      exited = true;
      await Promise.all(loops);
      const { code, signal, seconds } = gone ?? { code: null, signal: null, seconds: Infinity };

      const answered = [...result.statuses.values()].reduce((a, b) => a + b, 0);
      console.log(
        `SIGTERM under load: ${answered} answered (${JSON.stringify(Object.fromEntries(result.statuses))}), ` +
          `${result.answeredAfterSignal} of them after the signal, ` +
          `${result.refused} refused after the listener closed, exit ${code} after ${seconds} s`,
      );
      expect(readiness).toContain(503);
      expect(readiness.filter((r) => typeof r !== 'number')).toEqual([]);
      expect(result.failures).toEqual([]);
      expect([...result.statuses.keys()].filter((status) => status >= 500)).toEqual([]);
      expect(result.statuses.get(200) ?? 0).toBeGreaterThan(connections);
      expect(result.answeredAfterSignal).toBeGreaterThan(0);
      expect({ code, signal }).toEqual({ code: 0, signal: null });
      expect(seconds).toBeLessThan(shutdownTimeout + exitMargin);
    },
  );

  it('answers a survey whose body is still arriving when the signal comes', async () => {
    // With its log on, the server says when it has taken the signal.
    const { port, url } = await start({ LOG_LEVEL: 'info' });
    const visitor = new SurveyVisitor();
    const form = await visitor.openForm(url);
    const body = new URLSearchParams({
      _csrf: form.token,
      submission: form.submission,
      from: '',
      website: '',
      ...validAnswers,
    }).toString();
    const half = Math.floor(body.length / 2);

    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (answer += chunk));
    const closed = new Promise<void>((resolve, reject) => {
      socket.on('close', () => resolve());
      socket.on('error', reject);
    });
    socket.write(
      [
        'POST /en/survey HTTP/1.1',
        `Host: 127.0.0.1:${port}`,
        'Content-Type: application/x-www-form-urlencoded',
        `Content-Length: ${Buffer.byteLength(body)}`,
        `Cookie: ${visitor.cookieHeader()}`,
        // The server answers "100 Continue" once it has taken the request: only then is it in flight.
        'Expect: 100-continue',
        '',
        '',
      ].join('\r\n'),
    );
    for (let i = 0; i < 250 && !answer.includes('100 Continue'); i++) await sleep(20);
    expect(answer).toMatch(/^HTTP\/1\.1 100 Continue/);
    socket.write(body.slice(0, half));
    await sleep(100);

    server?.kill('SIGTERM');
    // The rest of the body arrives once the server is stopping (however busy the machine).
    for (let i = 0; i < 500 && !server?.output().includes('"shutting down"'); i++) await sleep(20);
    expect(server?.output()).toContain('"shutting down"');
    socket.write(body.slice(half));
    const deadline = setTimeout(() => socket.destroy(), 10_000);
    await Promise.race([closed, sleep(3_000)]);
    socket.end();
    await closed;
    clearTimeout(deadline);

    const response = answer.slice(answer.indexOf('\r\n\r\n') + 4);
    expect(response).toMatch(/^HTTP\/1\.1 303 See Other\r\n/);
    expect(response).toMatch(/\r\nLocation: \/en\/survey\/thanks\r\n/i);
    expect(response).toMatch(/\r\nConnection: close\r\n/i);
    expect(await server!.exited).toEqual({ code: 0, signal: null });

    const db = new Database(path.join(data!.dir, 'survey.sqlite'), { readonly: true });
    const stored = db
      .prepare('SELECT count(*) AS n FROM responses WHERE submission_id = ?')
      .get(form.submission);
    db.close();
    expect(stored).toEqual({ n: 1 });
  });
});

/**
 * Slow clients are cut off on purpose: connections that trickle their headers, or that send
 * headers and then a body too slowly, are closed within the configured limits, and the
 * server keeps answering everyone else meanwhile.
 */
import { connect, type Socket } from 'node:net';
import { expect, it } from 'vitest';
import { clientTimeouts } from '../../src/client-timeouts.js';
import { tempDir } from '../support/app.js';
import { launchServer } from '../support/server-process.js';

const trickling = 150;

/** Opens a connection that sends a byte of its request every `everyMs`; resolves when closed. */
function trickle(port: number, request: string, everyMs: number) {
  const socket: Socket = connect(port, '127.0.0.1');
  socket.setNoDelay(true);
  socket.on('error', () => {});
  let at = 0;
  let answer = '';
  socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
  const timer = setInterval(() => {
    if (at < request.length && !socket.destroyed) socket.write(request.charAt(at++));
  }, everyMs);
  const started = Date.now();
  const closed = new Promise<{ afterMs: number; answer: string }>((resolve) =>
    socket.once('close', () => {
      clearInterval(timer);
      resolve({ afterMs: Date.now() - started, answer });
    }),
  );
  return { closed, destroy: () => socket.destroy() };
}

it('closes connections that trickle their headers, within the headers timeout', async () => {
  const data = await tempDir('help-centre-slow-');
  const server = await launchServer({ DATA_DIR: data.dir });
  const clients = Array.from({ length: trickling }, () =>
    trickle(
      server.port,
      'GET /en/ HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: aaaaaaaaaaaaaaaa\r\n\r\n',
      500,
    ),
  );
  try {
    // Everyone else is still served while they trickle.
    const res = await fetch(`${server.url}/en/`);
    expect(res.status).toBe(200);
    const limit = clientTimeouts.headersMs + clientTimeouts.checkEveryMs + 2_000;
    const ends = await Promise.all(clients.map((client) => client.closed));
    for (const end of ends) {
      expect(end.afterMs).toBeLessThan(limit);
      expect(end.answer).toMatch(/^HTTP\/1\.1 408 /);
    }
  } finally {
    for (const client of clients) client.destroy();
    await server.stop();
    await data.cleanup();
  }
}, 60_000);

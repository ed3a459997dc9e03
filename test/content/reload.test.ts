import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTestApp, copyOfRealContent } from '../support/app.js';

let cleanup: (() => Promise<void>) | undefined;
afterEach(() => cleanup?.());

describe('content reload', () => {
  it('serves edited content after a reload and keeps the old content when the edit is invalid', async () => {
    const copy = await copyOfRealContent();
    cleanup = copy.cleanup;
    const { app, services } = await buildTestApp({ CONTENT_DIR: copy.dir });
    const file = path.join(copy.dir, 'en', 'articles', 'forgotten-eu-login-password.md');
    const original = await readFile(file, 'utf8');

    await writeFile(file, original.replace(/^title: .*$/m, 'title: I lost my EU Login password'));
    await services.content.reload();
    const edited = await request(app).get('/en/eu-login/forgotten-eu-login-password');
    expect(edited.text).toContain('<h1>I lost my EU Login password</h1>');

    await writeFile(file, 'broken');
    await expect(services.content.reload()).rejects.toThrow(/forgotten-eu-login-password\.md/);
    const still = await request(app).get('/en/eu-login/forgotten-eu-login-password');
    expect(still.status).toBe(200);
    expect(still.text).toContain('<h1>I lost my EU Login password</h1>');
  });
});

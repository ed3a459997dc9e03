/**
 * Takes screenshots of pages at phone and desktop widths, for looking at what we build:
 *   npm run screenshots -- http://127.0.0.1:3000 /en/ /fr/eu-login
 * Files go to test-results/screenshots/.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchBrowser } from './browser.js';

const [base = 'http://127.0.0.1:3000', ...paths] = process.argv.slice(2);
const widths = [375, 1280];
const outDir = path.resolve('test-results', 'screenshots');

await mkdir(outDir, { recursive: true });
const browser = await launchBrowser();
const colorScheme = process.env.COLOR_SCHEME === 'dark' ? 'dark' : 'light';
for (const width of widths) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
  for (const pagePath of paths.length ? paths : ['/en/']) {
    await page.goto(base + pagePath);
    const name = `${pagePath.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'root'}-${width}${colorScheme === 'dark' ? '-dark' : ''}.png`;
    await page.screenshot({ path: path.join(outDir, name), fullPage: true });
    console.log(path.join(outDir, name));
  }
  await page.close();
}
await browser.close();

/**
 * Draws the link-preview images (og:image), one per language, into public/images/:
 *   npm run preview-images
 * Run it again when the site's name or description changes; the files are committed, so the
 * site never draws them itself. The card is the header's blue with the site's mark, name and
 * description, 1200 × 630 px (the size link previews show best).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/config.js';
import { locales } from '../../src/i18n/locales.js';
import { launchBrowser } from './browser.js';

const imagesDir = path.join(projectRoot, 'public', 'images');
const mark = readFileSync(path.join(imagesDir, 'favicon.svg'), 'utf8');

// Hyphens become non-breaking ones, so "two-factor" is never split over two lines.
const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function card(name: string, description: string, locale: string): string {
  return `<!DOCTYPE html><html lang="${locale}"><head><style>
    body { margin: 0; width: 1200px; height: 630px; box-sizing: border-box; padding: 96px 88px;
      background: #003399; color: #ffffff; font-family: system-ui, 'DejaVu Sans', sans-serif;
      display: flex; flex-direction: column; justify-content: center; gap: 40px;
      border-bottom: 24px solid #ffcc00; }
    .mark { width: 136px; height: 136px; border-radius: 50%; background: #ffffff;
      display: grid; place-items: center; }
    .mark svg { width: 128px; height: 128px; display: block; }
    h1 { margin: 0; font-size: 76px; line-height: 1.1; letter-spacing: -0.01em; }
    p { margin: 0; font-size: 34px; line-height: 1.4; max-width: 960px; color: #e6ecfa; }
  </style></head><body><div class="mark">${mark}</div>
  <h1>${escape(name)}</h1><p>${escape(description).replace(/-/g, '\u2011')}</p></body></html>`;
}

const browser = await launchBrowser();
try {
  for (const locale of locales) {
    const strings = JSON.parse(
      readFileSync(path.join(projectRoot, 'src', 'i18n', 'locales', locale, 'common.json'), 'utf8'),
    ) as { site: { name: string; description: string } };
    const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
    await page.setContent(card(strings.site.name, strings.site.description, locale));
    const file = path.join(imagesDir, `preview-${locale}.png`);
    await page.screenshot({ path: file });
    await page.close();
    console.log(path.relative(projectRoot, file));
  }
} finally {
  await browser.close();
}

import { describe, expect, it } from 'vitest';
import { createMarkdown, toPlainText } from '../../src/content/markdown.js';

const md = createMarkdown();
const render = (source: string, extra = {}) =>
  md.render(source, { externalLinkLabel: '(external link)', ...extra });

describe('markdown rendering', () => {
  it('shows raw HTML from content as text, never as markup', () => {
    const html = render('Hello <script>alert(1)</script> <img src=x onerror=alert(1)>\n\n<div>block</div>');
    expect(html).not.toMatch(/<script|<img|<div/);
    expect(html).toContain('&lt;script&gt;');
  });

  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'vbscript:msgbox', 'data:text/html;base64,PHNjcmlwdD4='])(
    'does not make a link of %s',
    (href) => {
      const html = render(`[click](${href})`);
      expect(html).not.toMatch(/<a /);
    },
  );

  it('marks links to other sites as external, with hidden text for screen readers', () => {
    const html = render('Go to [EU Login](https://webgate.ec.europa.eu/cas/).');
    expect(html).toContain(
      '<a href="https://webgate.ec.europa.eu/cas/" class="external" rel="external noopener noreferrer">EU Login<span class="visually-hidden"> (external link)</span></a>',
    );
  });

  it('leaves links within the site unmarked', () => {
    const html = render('See [the password question](/en/eu-login/forgotten-eu-login-password).');
    expect(html).not.toContain('external');
  });

  it('gives headings stable, accent-free anchors starting at h2', () => {
    const html = render('# Étape par étape\n\n## Étape par étape');
    expect(html).toContain('<h2 id="etape-par-etape">');
    expect(html).toContain('<h2 id="etape-par-etape-1">');
  });

  it('nests headings one level down and prefixes their ids for category pages', () => {
    const html = render('## Step by step', { headingShift: 1, idPrefix: 'set-up-app-' });
    expect(html).toContain('<h3 id="set-up-app-step-by-step">Step by step</h3>');
  });

  it('extracts the plain text a reader sees, one block per line', () => {
    const text = toPlainText(md, '## Steps\n\n1. Open the **app**\n2. Go to `Settings`\n\nDone <b>now</b>.');
    expect(text).toBe('Steps\nOpen the app\nGo to Settings\nDone <b>now</b>.');
  });
});

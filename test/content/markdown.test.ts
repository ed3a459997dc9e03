import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { projectRoot } from '../../src/config.js';
import { htmlShownAsTextInFile } from '../../src/content/html-check.js';
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

describe('inline HTML allow-list (language of parts)', () => {
  const inline = (source: string) => md.renderInline(source, { externalLinkLabel: '(external link)' });

  it.each([
    ['<i lang="en">Sign in</i>', '<i lang="en">Sign in</i>'],
    ["<span lang='en-GB'>colour</span>", '<span lang="en-GB">colour</span>'],
    ['<abbr title="two-factor authentication">2FA</abbr>', '<abbr title="two-factor authentication">2FA</abbr>'],
    ['m<sup>2</sup>', 'm<sup>2</sup>'],
    ['H<sub>2</sub>O', 'H<sub>2</sub>O'],
    ['<kbd>Ctrl</kbd>', '<kbd>Ctrl</kbd>'],
    ['a<br>b<br/>c<br />d', 'a<br>b<br>c<br>d'],
    ['<I LANG=en>upper case</I>', '<i lang="en">upper case</i>'],
  ])('renders %s as an element', (source, html) => {
    expect(inline(source)).toBe(html);
  });

  it('keeps only the allowed attribute of each tag', () => {
    const html = inline(
      '<i lang="en" onclick="alert(1)" style="color:red" class="x">A</i> <kbd id="k">B</kbd> <abbr lang="en" title="t">C</abbr>',
    );
    expect(html).toBe('<i lang="en">A</i> <kbd>B</kbd> <abbr title="t">C</abbr>');
  });

  it('escapes the text of a title and decodes entities once', () => {
    expect(inline(`<abbr title='Say "hi" & <b>'>x</abbr>`)).toBe('<abbr title="Say &quot;hi&quot; &amp; &lt;b&gt;">x</abbr>');
    expect(inline('<abbr title="R&amp;D">x</abbr>')).toBe('<abbr title="R&amp;D">x</abbr>');
  });

  it('shows a tag with a lang that is not a language tag as text', () => {
    for (const lang of ['', 'e', 'en_GB', 'en GB', 'javascript:x']) {
      expect(inline(`<i lang="${lang}">x</i>`)).not.toContain('<i');
    }
  });

  it('shows every other tag as text, as before', () => {
    const html = inline('<b>bold</b> <script>alert(1)</script> <a href="x">a</a> <img src=x onerror=alert(1)> <!-- c -->');
    expect(html).not.toMatch(/<(?:b|script|a|img)[ >]|<!--/);
    expect(html).toContain('&lt;b&gt;bold&lt;/b&gt;');
  });

  it('nests allowed tags in each other and around markdown', () => {
    expect(inline('<i lang="en"><abbr title="t">2FA</abbr> *now*</i>')).toBe(
      '<i lang="en"><abbr title="t">2FA</abbr> <em>now</em></i>',
    );
    expect(inline('**<i lang="en">Sign in</i>**')).toBe('<strong><i lang="en">Sign in</i></strong>');
  });

  it('shows unpaired or badly nested tags as text, so the HTML stays well formed', () => {
    expect(inline('<i lang="en">never closed')).toBe('&lt;i lang=&quot;en&quot;&gt;never closed');
    expect(inline('never opened</kbd>')).toBe('never opened&lt;/kbd&gt;');
    expect(inline('<i lang="en"><sup>x</i></sup>')).toBe('<i lang="en">&lt;sup&gt;x</i>&lt;/sup&gt;');
    expect(inline('*a <i lang="en">b* c</i>')).toBe('<em>a &lt;i lang=&quot;en&quot;&gt;b</em> c&lt;/i&gt;');
    expect(inline('<i lang="en" <b>x</i>')).not.toContain('<i ');
    expect(inline('</br> <br lang="en">')).toBe('&lt;/br&gt; <br>');
  });

  it('leaves tags in code as code', () => {
    expect(inline('`<i lang="en">x</i>`')).toBe('<code>&lt;i lang=&quot;en&quot;&gt;x&lt;/i&gt;</code>');
  });

  it('keeps the words and drops the tags in plain text', () => {
    expect(toPlainText(md, 'Cliquez sur <i lang="en">Sign in</i>.<br>Puis <kbd>Entrée</kbd>.')).toBe(
      'Cliquez sur Sign in. Puis Entrée.',
    );
  });
});

describe('HTML shown as text, for content:check', () => {
  it('names each tag that will show as text, with its line in the file', () => {
    const file = [
      '---',
      'id: x',
      'title: X',
      '---',
      '',
      'Fine <i lang="en">Sign in</i> and <kbd>Tab</kbd>.',
      '',
      '- one <b>bold</b>',
      '- two',
      '  <i lang="en">never closed',
      '',
      '`<b>code</b>` is fine',
    ].join('\n');
    expect(htmlShownAsTextInFile(md, file)).toEqual([
      { line: 8, tag: '<b>' },
      { line: 8, tag: '</b>' },
      { line: 10, tag: '<i lang="en">' },
    ]);
  });

  it('finds nothing in the real content', async () => {
    const { readdir, readFile } = await import('node:fs/promises');
    const root = path.join(projectRoot, 'content');
    const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.md'));
    for (const file of files) {
      expect(htmlShownAsTextInFile(md, await readFile(path.join(root, file), 'utf8')), file).toEqual([]);
    }
  });
});

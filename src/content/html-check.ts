/**
 * For `npm run content:check`: the HTML tags a markdown file has that the site will show as
 * text (any tag outside the allow-list of inline-html.ts, or an allowed one left unpaired).
 */
import type { Markdown } from './markdown.js';

/** A tag in the text that the renderer shows as text: `<b>`, or an allowed tag left unpaired. */
const tagLike = /<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?\/?>/g;

export interface HtmlShownAsText {
  /** 1-based line in the markdown source given. */
  line: number;
  tag: string;
}

/** Every HTML tag in a markdown source that will show as text, with its line. */
export function htmlShownAsText(md: Markdown, source: string): HtmlShownAsText[] {
  const found: HtmlShownAsText[] = [];
  let blockLine = 0;
  for (const block of md.parse(source, { externalLinkLabel: '' })) {
    if (block.map) blockLine = block.map[0];
    if (block.type !== 'inline' || !block.children) continue;
    let cursor = 0;
    for (const child of block.children) {
      if (child.type !== 'text') continue;
      for (const [tag] of child.content.matchAll(tagLike)) {
        const at = block.content.indexOf(tag, cursor);
        const offset = at < 0 ? cursor : at;
        cursor = at < 0 ? cursor : at + tag.length;
        const lines = block.content.slice(0, offset).split('\n').length - 1;
        found.push({ line: blockLine + lines + 1, tag });
      }
    }
  }
  return found;
}

// The front matter block, so lines are counted from the top of the file.
const frontMatter = /^---\r?\n(?:[\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** As htmlShownAsText, for a whole content file: lines count from the top of the file. */
export function htmlShownAsTextInFile(md: Markdown, raw: string): HtmlShownAsText[] {
  const head = frontMatter.exec(raw)?.[0] ?? '';
  const offset = head.split('\n').length - 1;
  return htmlShownAsText(md, raw.slice(head.length)).map((f) => ({ ...f, line: f.line + offset }));
}

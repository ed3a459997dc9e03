import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { locales, type Locale } from '../../src/i18n/locales.js';
import { samples, useSite } from '../support/e2e.js';
import {
  answerSurvey,
  goto,
  openFeedbackNo,
  openSuggestions,
  sendEmptySurvey,
} from '../support/page-states.js';
import { mistypedAddress } from '../support/page-types.js';
import { adminCredentials } from '../support/server.js';
import { useStaffServer } from '../support/staff-data.js';

// WCAG 2.2 AAA where a browser can measure it: every target outside running text is at least
// 44 × 44 CSS px (2.5.5), and every focused element shows an outline of at least 2 px with 3:1
// against what lies behind it, not covered by anything (2.4.13, 2.4.12). Each page type is
// opened once per language and width; the focus check runs again in the dark scheme at 1280 px.

const site = useSite();
const staff = useStaffServer();

interface PageState {
  name: string;
  /** Opens the page in the state to check; returns the HTTP status of the page. */
  open: (page: Page, locale: Locale) => Promise<number | undefined>;
  status?: number;
  forStaff?: boolean;
}

const states: PageState[] = [
  { name: 'the home page', open: (p, l) => goto(p, `/${l}/`) },
  { name: 'a topic page', open: (p, l) => goto(p, samples[l].category.path) },
  {
    name: 'an article with "No" open',
    open: async (p, l) => {
      const status = await goto(p, samples[l].article.path);
      await openFeedbackNo(p);
      return status;
    },
  },
  {
    // "europass" has more than a page of answers: pagination too.
    name: 'search results with suggestions open',
    open: async (p, l) => {
      const status = await goto(p, `/${l}/search?q=europass`);
      await openSuggestions(p, l, '#page-search-input');
      return status;
    },
  },
  { name: 'the survey', open: (p, l) => goto(p, `/${l}/survey`) },
  { name: 'the survey with errors', open: sendEmptySurvey, status: 400 },
  {
    name: 'the not-found page, with the questions a mistyped address meant',
    open: (p, l) => goto(p, mistypedAddress[l]),
    status: 404,
  },
  {
    name: 'the staff page /admin/survey',
    open: async (p, l) => {
      await answerSurvey(p, l);
      return goto(p, `/admin/survey?lang=${l}`);
    },
    forStaff: true,
  },
  ...['', '/feedback', '/searches', '/content'].map((path) => ({
    name: `the staff page /admin${path}`,
    open: (p: Page, l: Locale) => goto(p, `${staff.url}/admin${path}?lang=${l}`),
    forStaff: true,
  })),
];

interface Finding {
  /** Tag, class and text, e.g. a.button "Take the survey". */
  what: string;
  problem: string;
}

/**
 * Runs in the page. "targets": every visible link, button, field, summary and listbox option
 * under 44 × 44 (a radio or checkbox counts with its label; the skip link is measured focused).
 * "focus": every focusable element whose focus outline is missing, thin, faint or covered.
 */
async function audit(mode: 'targets' | 'focus'): Promise<Finding[]> {
  const minimum = 44;
  const findings: Finding[] = [];
  const nameOf = (el: Element) => {
    const classes = [...el.classList].map((c) => `.${c}`).join('');
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    const type = el instanceof HTMLInputElement ? `[type=${el.type}]` : '';
    const name = el.getAttribute('aria-label') ?? text;
    return `${el.localName}${type}${classes} "${name}"`;
  };
  const isHidden = (el: Element) => {
    const r = el.getBoundingClientRect();
    const offPage = r.bottom + scrollY <= 0 || r.right + scrollX <= 0;
    return r.width <= 1 || r.height <= 1 || offPage;
  };
  const isBlock = (el: Element) => !/^(inline|contents)$/.test(getComputedStyle(el).display);
  // Running text: a link whose nearest block ancestor has words of its own beside the link.
  const inRunningText = (link: Element) => {
    let block = link.parentElement;
    while (block && !isBlock(block)) block = block.parentElement;
    if (!block) return false;
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (link.contains(node) || !/[\p{L}\p{N}]/u.test(node.textContent ?? '')) continue;
      let owner = node.parentElement;
      while (owner && owner !== block && !isBlock(owner)) owner = owner.parentElement;
      if (owner === block && node.parentElement?.checkVisibility()) return true;
    }
    return false;
  };

  if (mode === 'targets') {
    const selector =
      'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=option]';
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      if (el.localName === 'a' && inRunningText(el)) continue;
      const choice = el instanceof HTMLInputElement && /^(radio|checkbox)$/.test(el.type);
      const parts = choice ? [el, ...(el.labels ?? [])] : [el];
      if (!choice && isHidden(el)) {
        // Shown only when focused, like the skip link: measured so.
        el.focus();
        const shown = document.activeElement === el && !isHidden(el);
        const r = el.getBoundingClientRect();
        el.blur();
        if (shown && (r.width < minimum || r.height < minimum)) {
          findings.push({ what: nameOf(el), problem: `${r.width} × ${r.height} when focused` });
        }
        continue;
      }
      const rects = parts.map((part) => part.getBoundingClientRect());
      const width = Math.max(...rects.map((r) => r.right)) - Math.min(...rects.map((r) => r.left));
      const height = Math.max(...rects.map((r) => r.bottom)) - Math.min(...rects.map((r) => r.top));
      // Rounded to 1/100 px: 2.75rem can come out as 43.997 after subpixel layout.
      if (Math.round(width * 100) < minimum * 100 || Math.round(height * 100) < minimum * 100) {
        findings.push({ what: nameOf(el), problem: `${width.toFixed(1)} × ${height.toFixed(1)}` });
      }
    }
    return findings;
  }

  // Colours as the browser paints them, whatever syntax the stylesheet used.
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no 2D canvas to read colours with');
  const rgba = (color: string) => {
    context.clearRect(0, 0, 1, 1);
    context.fillStyle = color;
    context.fillRect(0, 0, 1, 1);
    const [r = 0, g = 0, b = 0, a = 0] = context.getImageData(0, 0, 1, 1).data;
    return [r, g, b, a / 255] as const;
  };
  type Rgb = readonly [number, number, number];
  const over = (top: readonly number[], base: Rgb): Rgb => {
    const a = top[3] ?? 1;
    return [0, 1, 2].map((i) => (top[i] ?? 0) * a + base[i]! * (1 - a)) as unknown as Rgb;
  };
  const luminance = (c: Rgb) => {
    const [r, g, b] = c.map((v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as unknown as Rgb;
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: Rgb, b: Rgb) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light! + 0.05) / (dark! + 0.05);
  };
  // The colour behind `from`: its translucent backgrounds laid over the first opaque one.
  const backgroundBehind = (from: Element | null): Rgb => {
    const layers: (readonly number[])[] = [];
    for (let el = from; el; el = el.parentElement) {
      const layer = rgba(getComputedStyle(el).backgroundColor);
      if (layer[3] > 0) layers.push(layer);
      if (layer[3] >= 1) break;
    }
    const canvas: Rgb = matchMedia('(prefers-color-scheme: dark)').matches
      ? [18, 18, 18]
      : [255, 255, 255];
    return layers.reduceRight<Rgb>((base, layer) => over(layer, base), canvas);
  };

  const selector =
    'a[href], button:not(:disabled), input:not([type=hidden]):not(:disabled), select:not(:disabled), textarea:not(:disabled), summary, [tabindex]';
  for (const el of document.querySelectorAll<HTMLElement>(selector)) {
    // tabindex=-1 keeps an element out of the Tab order, like the honeypot fields.
    if (el.tabIndex < 0 || !el.checkVisibility({ visibilityProperty: true })) continue;
    const leavesCombobox = document.activeElement?.getAttribute('role') === 'combobox';
    el.focus();
    // The search box closes its suggestions 100 ms after losing focus: wait, as Tab would.
    if (leavesCombobox) await new Promise((resolve) => setTimeout(resolve, 150));
    if (document.activeElement !== el || (isHidden(el) && el.localName !== 'input')) continue;
    const style = getComputedStyle(el);
    const width = parseFloat(style.outlineWidth);
    const offset = parseFloat(style.outlineOffset);
    const problems: string[] = [];
    if (!el.matches(':focus-visible')) problems.push('not :focus-visible');
    if (style.outlineStyle === 'none') problems.push('no outline');
    else if (width < 2) problems.push(`outline ${style.outlineWidth}`);
    // The outline lies on the element's own background only when drawn wholly inside it.
    const background = backgroundBehind(offset + width <= 0 ? el : el.parentElement);
    const ratio = contrast(over(rgba(style.outlineColor), background), background);
    if (style.outlineStyle !== 'none' && ratio < 3) {
      problems.push(
        `outline ${style.outlineColor} at ${ratio.toFixed(2)}:1 on rgb(${background.join(' ')})`,
      );
    }
    // A link wrapped over two lines: the centre of its first line, not of the gap between.
    // Only its part inside the viewport and any scrolling region around it can be covered.
    const first = el.getClientRects()[0] ?? el.getBoundingClientRect();
    let [left, top, right, bottom] = [first.left, first.top, first.right, first.bottom];
    for (let clip = el.parentElement; clip; clip = clip.parentElement) {
      if (getComputedStyle(clip).overflow === 'visible') continue;
      const c = clip.getBoundingClientRect();
      [left, top] = [Math.max(left, c.left), Math.max(top, c.top)];
      [right, bottom] = [Math.min(right, c.right), Math.min(bottom, c.bottom)];
    }
    const x = Math.min(Math.max((left + right) / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max((top + bottom) / 2, 0), innerHeight - 1);
    const hit = document.elementFromPoint(x, y);
    const labels = el instanceof HTMLInputElement ? [...(el.labels ?? [])] : [];
    if (!hit || ![el, ...labels].some((own) => own.contains(hit))) {
      problems.push(`covered by ${hit ? nameOf(hit) : 'nothing on screen'}`);
    }
    if (problems.length) findings.push({ what: nameOf(el), problem: problems.join(', ') });
  }
  return findings;
}

const report = (findings: Finding[], where: string) =>
  `${findings.length} on ${where}:\n${findings.map((f) => `  ${f.what}: ${f.problem}`).join('\n')}`;

describe.each(locales)('in %s', (locale) => {
  for (const state of states) {
    for (const width of [375, 1280]) {
      it(`${state.name} at ${width} px has 44 px targets and visible, uncovered focus`, async () => {
        const page = await site.newPage({
          viewport: { width, height: 900 },
          ...(state.forStaff ? { httpCredentials: adminCredentials } : {}),
        });
        expect(await state.open(page, locale), `status of ${page.url()}`).toBe(state.status ?? 200);
        const where = `${page.url()} at ${width} px`;
        const small = await page.evaluate(audit, 'targets' as const);
        expect.soft(small, report(small, `targets under 44 × 44 ${where}`)).toEqual([]);
        // One key press first: focus moved by script afterwards is keyboard focus (:focus-visible).
        await page.keyboard.press('Tab');
        const schemes = width === 1280 ? (['light', 'dark'] as const) : (['light'] as const);
        for (const colorScheme of schemes) {
          await page.emulateMedia({ colorScheme });
          const unseen = await page.evaluate(audit, 'focus' as const);
          expect
            .soft(unseen, report(unseen, `focus problems ${where} (${colorScheme})`))
            .toEqual([]);
        }
      });
    }
  }
});

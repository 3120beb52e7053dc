import type { BrowserContext, Page } from 'playwright-core';
import { cy, en } from '../../../client/i18n/resources.ts';
import { PSEUDO_CLOSE, PSEUDO_OPEN, PSEUDO_STORAGE_KEY } from '../../../client/i18n/pseudoLocale.ts';
import { waitFor } from '../../helpers/waitFor.ts';

/*
 * What the i18n coverage test reads off a page: every visible text node and
 * every text attribute a person or a screen reader meets. In the pseudo-locale
 * (client/i18n/pseudoLocale.ts) a text must sit inside the markers or be
 * content the test itself created; in Welsh no English interface string may
 * show.
 */

/** Attributes whose words reach people: read aloud, shown on hover, or shown in an empty field. */
const TEXT_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder', 'title', 'placeholder', 'alt', 'data-placeholder'];

export interface Found {
  /** Where it is: the element's tag, id and classes, and the attribute when not a text node. */
  where: string;
  text: string;
}

/** Starts every page of the context in the pseudo-locale. */
export async function usePseudoLocale(context: BrowserContext): Promise<void> {
  await context.addInitScript((key) => window.localStorage.setItem(key, 'on'), PSEUDO_STORAGE_KEY);
}

/**
 * Every visible text, as the parts that are not inside a translated string
 * (with markers) — or, in Welsh, whole. Text nodes are read per block (the
 * nearest ancestor not displayed inline), so a translated string split
 * around an element (react-i18next's Trans) still counts as one.
 */
export function visibleTexts(page: Page, mode: 'pseudo' | 'whole'): Promise<Found[]> {
  return page.evaluate(
    ({ open, close, attributes, mode }) => {
      const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].slice(0, 2).map((c) => `.${c}`).join('')}`;
      // An <option> has no box of its own: it is seen when its <select> is.
      const shown = (el: Element) => (el.closest('select') ?? el).checkVisibility();
      // Document text is content, and each language's own name ("Cymraeg") is deliberately the same in every language.
      const skipText = (el: Element, value: string) =>
        el.closest('script, style, noscript, template, textarea, .ProseMirror') !== null || (el.closest('[lang]:not(html)') !== null && /^\s*(English|Cymraeg)\s*$/.test(value));
      const blockOf = (el: Element): Element => {
        let at: Element | null = el;
        while (at && at !== document.body && getComputedStyle(at).display.startsWith('inline')) at = at.parentElement;
        return at ?? document.body;
      };
      // Innermost translated strings first, until nothing changes: a string may embed another.
      const strip = (value: string) => {
        const innermost = new RegExp(`${open}[^${open}${close}]*${close}`, 'g');
        let rest = value;
        for (let before = ''; before !== rest; ) [before, rest] = [rest, rest.replace(innermost, '')];
        return rest.replace(new RegExp(`[${open}${close}]`, 'g'), '');
      };
      const found: Array<{ where: string; text: string }> = [];
      const depthOf = new Map<Element, number>();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        const value = node.nodeValue ?? '';
        if (!parent || skipText(parent, value) || !shown(parent)) continue;
        if (mode === 'whole') {
          if (value.trim()) found.push({ where: describe(parent), text: value.trim() });
          continue;
        }
        const block = blockOf(parent);
        let depth = depthOf.get(block) ?? 0;
        let outside = '';
        for (const char of value) {
          // A space where a translated string sat, so the values either side of it stay apart.
          if (char === open) {
            if (depth++ === 0) outside += ' ';
          } else if (char === close) depth = Math.max(0, depth - 1);
          else if (depth === 0) outside += char;
        }
        depthOf.set(block, depth);
        if (outside.trim()) found.push({ where: describe(parent), text: outside.trim() });
      }
      for (const el of document.body.querySelectorAll('*')) {
        if (!shown(el)) continue;
        const named = attributes.filter((name) => el.hasAttribute(name));
        if (el instanceof HTMLInputElement && (el.type === 'submit' || el.type === 'button')) named.push('value');
        for (const name of named) {
          const value = el.getAttribute(name) ?? '';
          const outside = mode === 'whole' ? value : strip(value);
          if (outside.trim()) found.push({ where: `${describe(el)}[${name}]`, text: outside.trim() });
        }
      }
      const title = mode === 'whole' ? document.title : strip(document.title);
      if (title.trim()) found.push({ where: 'title', text: title.trim() });
      return found;
    },
    { open: PSEUDO_OPEN, close: PSEUDO_CLOSE, attributes: TEXT_ATTRIBUTES, mode },
  );
}

/** Data rather than words: e-mail addresses, web addresses (the join page's), and hashes shown in hexadecimal (the audit trail). */
const DATA = /[^\s@]+@[^\s@]+\.[a-z]+|(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+(?::\d+)?\/\S*|\b[0-9a-f]{8,}\b/g;

/**
 * Removes what the test created (names, titles, typed text) and what carries
 * no words (data, numbers, times, punctuation). Short content (initials, a
 * workshop code's letters) counts only as a whole text, so it never hides a
 * word by matching inside it.
 */
export function withoutUserContent(text: string, userContent: readonly string[]): string {
  if (userContent.includes(text.trim())) return '';
  let rest = text.replace(DATA, ' ');
  for (const content of [...userContent].filter((c) => c.length >= 4).sort((a, b) => b.length - a.length)) rest = rest.split(content).join(' ');
  return /\p{L}/u.test(rest) ? rest.replace(/\s+/g, ' ').trim() : '';
}

/** Texts that bypass i18n: outside every marker and not the test's own data. */
export async function bypasses(page: Page, userContent: readonly string[]): Promise<Found[]> {
  const found = await visibleTexts(page, 'pseudo');
  return found.map((f) => ({ ...f, text: withoutUserContent(f.text, userContent) })).filter((f) => f.text !== '');
}

type Tree = { [key: string]: string | Tree };
function strings(english: Tree, welsh: Tree): Array<[string, string]> {
  return Object.entries(english).flatMap(([key, value]) => {
    const other = welsh[key];
    if (typeof value === 'string') return typeof other === 'string' ? [[value, other] as [string, string]] : [];
    return other && typeof other === 'object' ? strings(value, other) : [];
  });
}

/**
 * English interface strings that Welsh says differently: whole values (for a
 * text that is exactly one), and the runs of two or more words between
 * their {{placeholders}} (for a text that embeds one).
 */
const pairs = strings(en as unknown as Tree, cy as unknown as Tree).filter(([english, welsh]) => english !== welsh && /\p{L}/u.test(english));
// Welsh text may quote English on purpose (a product's name, marked "(Saesneg)"): such words are not a bypass.
const welshTexts = pairs.map(([, welsh]) => welsh);
const notInWelsh = (english: string) => !welshTexts.some((welsh) => welsh.includes(english));
const WHOLE = new Set(pairs.map(([english]) => english.trim()).filter((english) => !english.includes('{{') && notInWelsh(english)));
const PHRASES = [...new Set(pairs.flatMap(([english]) => english.split(/\{\{[^}]*\}\}|\$t\([^)]*\)/).map((part) => part.trim())))].filter((part) => part.split(/\s+/).length >= 2 && notInWelsh(part));
const ENGLISH_DATE_WORDS = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/** The English interface text in one text of a Welsh page, or null: a whole string, a phrase of one, or an English date word. */
export function englishIn(text: string, userContent: readonly string[]): string | null {
  const rest = withoutUserContent(text, userContent);
  if (!rest) return null;
  if (WHOLE.has(text) || WHOLE.has(rest)) return text;
  return ENGLISH_DATE_WORDS.exec(rest)?.[0] ?? PHRASES.find((phrase) => rest.includes(phrase)) ?? null;
}

/** English interface text seen on a Welsh page. */
export async function englishInWelsh(page: Page, userContent: readonly string[]): Promise<Found[]> {
  const found = await visibleTexts(page, 'whole');
  return found.flatMap((f) => {
    const english = englishIn(f.text, userContent);
    return english === null ? [] : [{ ...f, text: english === f.text ? f.text : `${f.text} (“${english}”)` }];
  });
}

/** Waits until the page's text has stopped changing (loads and live data settled), then until nothing says Loading. */
export async function settled(page: Page): Promise<void> {
  let last = '';
  await waitFor(
    async () => {
      const now = await page.evaluate(() => `${document.body.innerText}|${document.querySelectorAll('*').length}`);
      const same = now === last;
      last = now;
      return same && !(await page.locator('p.loading').count());
    },
    { timeoutMs: 15_000, intervalMs: 400, message: 'the page settled' },
  );
}

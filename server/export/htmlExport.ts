import type { Block, Inline, Marks } from './specificationTree.ts';

/**
 * Clean HTML from a read specification: a fixed set of elements (p, h1–h6,
 * ul, ol, li, table, tr, th, td, blockquote, hr, br, strong, em, s, code, a)
 * and one attribute, href, on links already checked by safeHref. All text is
 * escaped. The page also forbids every script, frame and remote resource
 * through its own Content-Security-Policy, should anything slip through.
 */
export function renderHtmlDocument(title: string, blocks: Block[], lang: 'en' | 'cy' = 'en'): string {
  return [
    '<!DOCTYPE html>',
    // Which language the text is in, so a screen reader opening the file pronounces it right.
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(title)}</title>`,
    '</head>',
    '<body>',
    renderHtml(blocks),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The body alone: what the tests compare, and what an embedding page would use. */
export function renderHtml(blocks: Block[]): string {
  return blocks.map(block).filter((html) => html !== '').join('\n');
}

function block(b: Block): string {
  switch (b.kind) {
    case 'paragraph': {
      const content = inlines(b.content);
      return content ? `<p>${content}</p>` : '';
    }
    case 'heading':
      return `<h${b.level}>${inlines(b.content)}</h${b.level}>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>\n${b.items.map((item) => `<li>${renderHtml(item)}</li>`).join('\n')}\n</${tag}>`;
    }
    case 'table':
      return `<table>\n${b.rows.map((row) => `<tr>${row.map(cell).join('')}</tr>`).join('\n')}\n</table>`;
    case 'blockquote':
      return `<blockquote>\n${renderHtml(b.content)}\n</blockquote>`;
    case 'rule':
      return '<hr>';
  }
}

function cell(c: { header: boolean; content: Block[] }): string {
  const tag = c.header ? 'th' : 'td';
  return `<${tag}>${renderHtml(c.content)}</${tag}>`;
}

/** Consecutive runs with the same link become one <a>, so a partly bold link stays one link. */
function inlines(content: Inline[]): string {
  let html = '';
  let i = 0;
  while (i < content.length) {
    const first = content[i]!;
    const href = first.kind === 'text' ? first.marks.link : undefined;
    if (!href) {
      html += inline(first);
      i++;
      continue;
    }
    let inner = '';
    while (i < content.length) {
      const next = content[i]!;
      if (next.kind !== 'text' || next.marks.link !== href) break;
      inner += inline(next);
      i++;
    }
    html += `<a href="${escapeHtml(href)}">${inner}</a>`;
  }
  return html;
}

function inline(run: Inline): string {
  if (run.kind === 'break') return '<br>';
  return wrap(run.marks, escapeHtml(run.text));
}

function wrap(marks: Marks, html: string): string {
  let out = html;
  if (marks.code) out = `<code>${out}</code>`;
  if (marks.strike) out = `<s>${out}</s>`;
  if (marks.italic) out = `<em>${out}</em>`;
  if (marks.bold) out = `<strong>${out}</strong>`;
  return out;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

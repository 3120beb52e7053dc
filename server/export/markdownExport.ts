import type { Block, Inline, Marks, TableCell } from './specificationTree.ts';

/**
 * CommonMark (with GFM tables and strikethrough) from a read specification.
 *
 * Markdown passes raw HTML through and turns "[x](…)" into links, so every
 * character of text that could start markup is escaped: < > & as entities
 * (the output never holds a raw "<", so no HTML line or tag survives any
 * renderer), link and emphasis punctuation with backslashes, and list,
 * heading and break markers wherever a line starts. The only links are
 * those built here from hrefs safeHref allowed.
 */
export function renderMarkdown(blocks: Block[]): string {
  const text = blockLines(blocks).join('\n').trim();
  return text ? `${text}\n` : '';
}

function blockLines(blocks: Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    const lines = block(b);
    if (lines.length === 0) continue;
    if (out.length > 0) out.push('');
    out.push(...lines);
  }
  return out;
}

function block(b: Block): string[] {
  switch (b.kind) {
    case 'paragraph': {
      const text = inlines(b.content, '\\\n');
      return text.trim() ? text.split('\n').map(escapeLineStart) : [];
    }
    case 'heading':
      return [`${'#'.repeat(b.level)} ${inlines(b.content, ' ').trim()}`.trimEnd()];
    case 'list':
      return b.items.flatMap((item, i) => listItem(item, b.ordered ? `${i + 1}. ` : '- '));
    case 'table':
      return table(b.rows);
    case 'blockquote':
      return blockLines(b.content).map((line) => (line ? `> ${line}` : '>'));
    case 'rule':
      return ['---'];
  }
}

function listItem(item: Block[], marker: string): string[] {
  const lines = blockLines(item);
  if (lines.length === 0) return [marker.trimEnd()];
  const indent = ' '.repeat(marker.length);
  return lines.map((line, i) => (i === 0 ? marker + line : line ? indent + line : ''));
}

/** GFM tables hold one line per cell: a cell's blocks are joined on that line; the first row heads the table. */
function table(rows: TableCell[][]): string[] {
  const width = Math.max(0, ...rows.map((row) => row.length));
  if (width === 0) return [];
  const line = (row: TableCell[]) => {
    const cells = Array.from({ length: width }, (_, i) => oneLine(row[i]?.content ?? []));
    return `| ${cells.join(' | ')} |`;
  };
  const [head, ...body] = rows;
  return [line(head!), `|${' --- |'.repeat(width)}`, ...body.map(line)];
}

function oneLine(blocks: Block[]): string {
  const parts: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph' || b.kind === 'heading') parts.push(inlines(b.content, ' ').trim());
    else if (b.kind === 'list') parts.push(b.items.map(oneLine).join('; '));
    else if (b.kind === 'blockquote') parts.push(oneLine(b.content));
    else if (b.kind === 'table') parts.push(b.rows.map((row) => row.map((c) => oneLine(c.content)).join(', ')).join('; '));
  }
  return parts.filter(Boolean).join(' ');
}

/** Runs with the same marks are merged first, so "**a****b**" never appears; a link spans its runs. */
function inlines(content: Inline[], hardBreak: string): string {
  let out = '';
  let i = 0;
  while (i < content.length) {
    const run = content[i]!;
    if (run.kind === 'break') {
      out += hardBreak;
      i++;
      continue;
    }
    const href = run.marks.link;
    let j = i;
    const group: Array<{ text: string; marks: Marks }> = [];
    while (j < content.length) {
      const next = content[j]!;
      if (next.kind !== 'text' || next.marks.link !== href) break;
      const last = group.at(-1);
      if (last && sameMarks(last.marks, next.marks)) last.text += next.text;
      else group.push({ text: next.text, marks: next.marks });
      j++;
    }
    const inner = group.map((g) => marked(g.marks, g.text)).join('');
    out += href ? `[${inner}](${linkDestination(href)})` : inner;
    i = j;
  }
  return out;
}

function sameMarks(a: Marks, b: Marks): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.strike === b.strike && a.code === b.code && a.link === b.link;
}

/** Emphasis markers go inside the run's surrounding spaces: "** a **" is not emphasis in CommonMark. */
function marked(marks: Marks, text: string): string {
  const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? [];
  if (!core) return text;
  let out = marks.code ? codeSpan(core) : escapeMarkdown(core);
  if (marks.strike) out = `~~${out}~~`;
  if (marks.italic) out = `*${out}*`;
  if (marks.bold) out = `**${out}**`;
  return lead + out + trail;
}

/**
 * Code spans show their content literally, so the fence only has to be longer
 * than any backtick run inside. Code holding < > or & is written as escaped
 * text instead, keeping the promise that the Markdown never holds raw markup.
 */
function codeSpan(text: string): string {
  if (/[<>&]/.test(text)) return escapeMarkdown(text);
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Inside (…) a destination ends at a space or an unbalanced parenthesis; these are percent-encoded. */
function linkDestination(href: string): string {
  return href.replace(/[()<>\\\s]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#!|~]/g, (ch) => `\\${ch}`);
}

/** What only means something at the start of a line: list items ("-", "+", "1."), setext underlines ("="), code indents. */
function escapeLineStart(line: string): string {
  return line
    .replace(/^\s+/, '')
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

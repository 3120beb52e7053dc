import * as Y from 'yjs';
import { safeHref } from '../../shared/specification/safeLinks.ts';

/**
 * A specification read out of its Yjs document (y-prosemirror's layout: one
 * Y.XmlElement per node, named after its type; Y.XmlText with one formatting
 * attribute per mark) into a closed set of blocks and inline runs.
 *
 * Both exports render only this tree, never the Yjs content itself: whatever
 * raw updates put in the document (elements named "script", attributes like
 * onclick or style, links to javascript:), nothing outside these types and
 * fields can reach the output. Unknown nodes keep their text only; links
 * keep their href only if shared/specification/safeLinks.ts allows it.
 */
export interface Marks {
  bold?: true;
  italic?: true;
  strike?: true;
  code?: true;
  /** Already checked with safeHref. */
  link?: string;
}

export type Inline = { kind: 'text'; text: string; marks: Marks } | { kind: 'break' };

export type Block =
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; content: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Block[][] }
  | { kind: 'table'; rows: TableCell[][] }
  | { kind: 'blockquote'; content: Block[] }
  | { kind: 'rule' };

export interface TableCell {
  header: boolean;
  content: Block[];
}

/** What an outcome reference shows: the outcome's statement now, or why it cannot. */
export type OutcomeLabel = (outcomeId: string) => string;

// Raw updates can nest elements as deep as they like; past this, content is
// kept as text (gathered without recursion) so a crafted document cannot overflow the stack.
const MAX_DEPTH = 40;

export function readSpecification(fragment: Y.XmlFragment, outcomeLabel: OutcomeLabel): Block[] {
  return new Reader(outcomeLabel).blocks(fragment.toArray(), 0);
}

type Child = Y.XmlElement | Y.XmlText | Y.XmlHook | Y.XmlFragment;

class Reader {
  constructor(private readonly outcomeLabel: OutcomeLabel) {}

  blocks(children: readonly Child[], depth: number): Block[] {
    const out: Block[] = [];
    for (const child of children) {
      const block = this.block(child, depth);
      if (block) out.push(block);
    }
    return out;
  }

  private block(node: Child, depth: number): Block | null {
    if (!(node instanceof Y.XmlElement) || depth > MAX_DEPTH) return textParagraph(textOf(node));
    const children = node.toArray() as Child[];
    switch (node.nodeName) {
      case 'paragraph':
        return { kind: 'paragraph', content: this.inlines(children, depth) };
      case 'heading':
        return { kind: 'heading', level: headingLevel(node.getAttribute('level')), content: this.inlines(children, depth) };
      case 'bulletList':
      case 'orderedList':
        return { kind: 'list', ordered: node.nodeName === 'orderedList', items: children.map((item) => this.listItem(item, depth + 1)) };
      case 'table':
        return { kind: 'table', rows: children.map((row) => this.tableRow(row, depth + 1)).filter((row) => row.length > 0) };
      case 'blockquote':
        return { kind: 'blockquote', content: this.blocks(children, depth + 1) };
      case 'horizontalRule':
        return { kind: 'rule' };
      default:
        // Unknown (or misplaced inline) node: its words, nothing of its markup.
        return textParagraph(textOf(node));
    }
  }

  private listItem(node: Child, depth: number): Block[] {
    if (node instanceof Y.XmlElement && node.nodeName === 'listItem' && depth <= MAX_DEPTH) {
      return this.blocks(node.toArray() as Child[], depth + 1);
    }
    const paragraph = textParagraph(textOf(node));
    return paragraph ? [paragraph] : [];
  }

  private tableRow(node: Child, depth: number): TableCell[] {
    if (!(node instanceof Y.XmlElement) || node.nodeName !== 'tableRow' || depth > MAX_DEPTH) {
      const text = textOf(node);
      return text ? [{ header: false, content: [textParagraph(text)!] }] : [];
    }
    return (node.toArray() as Child[]).map((cell) => {
      const known = cell instanceof Y.XmlElement && (cell.nodeName === 'tableCell' || cell.nodeName === 'tableHeader');
      if (!known) return { header: false, content: [textParagraph(textOf(cell))].filter((b) => b !== null) };
      return { header: cell.nodeName === 'tableHeader', content: this.blocks(cell.toArray() as Child[], depth + 2) };
    });
  }

  private inlines(children: readonly Child[], depth: number): Inline[] {
    const out: Inline[] = [];
    for (const child of children) {
      if (child instanceof Y.XmlText) {
        for (const op of child.toDelta() as Array<{ insert: unknown; attributes?: Record<string, unknown> }>) {
          if (typeof op.insert === 'string') pushText(out, op.insert, marksOf(op.attributes));
          else if (op.insert instanceof Y.AbstractType) pushText(out, textOf(op.insert as Child), {});
        }
      } else if (child instanceof Y.XmlElement && child.nodeName === 'hardBreak') {
        out.push({ kind: 'break' });
      } else if (child instanceof Y.XmlElement && child.nodeName === 'outcomeRef') {
        const id = child.getAttribute('outcomeId');
        pushText(out, this.outcomeLabel(typeof id === 'string' ? id : ''), {});
      } else {
        pushText(out, textOf(child), {});
      }
    }
    return out;
  }
}

function pushText(out: Inline[], raw: string, marks: Marks): void {
  const text = plainText(raw);
  if (text) out.push({ kind: 'text', text, marks });
}

/**
 * Text as it may appear in an export: line breaks and tabs become spaces
 * (a line break is a hardBreak node, never a character) and other control
 * characters go, so text can never start a new Markdown block by itself.
 */
export function plainText(raw: string): string {
  return raw.replace(/[\t\n\r\v\f\u2028\u2029]/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
}

function textParagraph(raw: string): Block | null {
  const text = plainText(raw).trim();
  return text ? { kind: 'paragraph', content: [{ kind: 'text', text, marks: {} }] } : null;
}

function headingLevel(raw: unknown): 1 | 2 | 3 | 4 | 5 | 6 {
  const n = typeof raw === 'number' ? raw : Number.parseInt(String(raw), 10);
  if (!Number.isFinite(n)) return 1;
  return Math.min(6, Math.max(1, Math.trunc(n))) as 1 | 2 | 3 | 4 | 5 | 6;
}

/** y-prosemirror names a mark that may repeat "<name>--<hash>"; the name is what counts. */
function marksOf(attributes: Record<string, unknown> | undefined): Marks {
  const marks: Marks = {};
  for (const [key, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined) continue;
    switch (key.split('--')[0]) {
      case 'bold':
        marks.bold = true;
        break;
      case 'italic':
        marks.italic = true;
        break;
      case 'strike':
        marks.strike = true;
        break;
      case 'code':
        marks.code = true;
        break;
      case 'link': {
        const href = safeHref(typeof value === 'object' ? (value as { href?: unknown }).href : undefined);
        if (href) marks.link = href;
        break;
      }
    }
  }
  return marks;
}

/** Every character of text under `node`, in order, walked without recursion. */
export function textOf(node: Child | Y.AbstractType<unknown>): string {
  let text = '';
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const next = stack.pop();
    if (next instanceof Y.XmlText) {
      for (const op of next.toDelta() as Array<{ insert: unknown }>) {
        if (typeof op.insert === 'string') text += op.insert;
      }
    } else if (next instanceof Y.XmlElement || next instanceof Y.XmlFragment) {
      const children = next.toArray();
      // Blocks next to each other keep a space between their words.
      if (next instanceof Y.XmlElement && text && !text.endsWith(' ')) text += ' ';
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
  }
  return text;
}

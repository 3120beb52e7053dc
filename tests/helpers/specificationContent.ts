import * as Y from 'yjs';

/**
 * Specification content written straight into Yjs in y-prosemirror's layout,
 * the way a raw update (not the editor) could write it: elements named after
 * node types, text with one formatting attribute per mark.
 */
export type SpecNode =
  | { type: string; attrs?: Record<string, unknown>; content?: SpecNode[] }
  | { text: string; marks?: Record<string, unknown> };

export const el = (type: string, attrs: Record<string, unknown> = {}, ...content: SpecNode[]): SpecNode => ({ type, attrs, content });
export const p = (...content: SpecNode[]): SpecNode => el('paragraph', {}, ...content);
export const text = (value: string, marks?: Record<string, unknown>): SpecNode => ({ text: value, ...(marks ? { marks } : {}) });

/** Appends `nodes` to `parent` (integrated first, then filled, so it works on any Yjs version). */
export function writeSpecification(parent: Y.XmlFragment | Y.XmlElement, nodes: SpecNode[]): void {
  for (const node of nodes) {
    if ('text' in node) {
      const yText = new Y.XmlText();
      parent.insert(parent.length, [yText]);
      yText.insert(0, node.text, node.marks ?? {});
    } else {
      const element = new Y.XmlElement(node.type);
      parent.insert(parent.length, [element]);
      for (const [key, value] of Object.entries(node.attrs ?? {})) element.setAttribute(key, value as string);
      writeSpecification(element, node.content ?? []);
    }
  }
}

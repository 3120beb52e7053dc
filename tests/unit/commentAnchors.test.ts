import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Schema } from '@tiptap/pm/model';
import { initProseMirrorDoc, prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { anchorFromRange, resolveAnchor, type AnchorContext, type StoredAnchor } from '../../client/specifications/comments/anchors.ts';

/** The smallest schema with blocks and text: anchors only care about text inside blocks. */
const schema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: { group: 'block', content: 'text*', toDOM: () => ['p', 0] },
    text: {},
  },
});

const FIELD = 'content';

/** Two people's copies of one specification, exchanging updates only when told (so edits are concurrent). */
function twoPeers(paragraphs: string[]) {
  const a = new Y.Doc();
  const b = new Y.Doc();
  const json = { type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) };
  prosemirrorJSONToYXmlFragment(schema, json, a.getXmlFragment(FIELD));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  const exchange = () => {
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  };
  return { a, b, exchange };
}

/** What the editor's binding would hold for this document now. */
function contextOf(doc: Y.Doc): AnchorContext & { text: (from: number, to: number) => string } {
  const fragment = doc.getXmlFragment(FIELD);
  const { doc: pm, mapping } = initProseMirrorDoc(fragment, schema);
  return { doc, fragment, mapping: mapping as AnchorContext['mapping'], text: (from, to) => pm.textBetween(from, to) };
}

/** The first paragraph's Y.XmlText, to edit as a person typing would. */
function textOf(doc: Y.Doc, paragraph = 0): Y.XmlText {
  return (doc.getXmlFragment(FIELD).get(paragraph) as Y.XmlElement).get(0) as Y.XmlText;
}

/** Anchors `word` in the first paragraph of `doc`, as the editor would from a selection. */
function anchorWord(doc: Y.Doc, word: string): StoredAnchor {
  const index = textOf(doc).toString().indexOf(word);
  const from = 1 + index; // 1: inside the paragraph
  const anchor = anchorFromRange(contextOf(doc), from, from + word.length, word);
  // It goes to the server as JSON and comes back: only what survives that counts.
  return JSON.parse(JSON.stringify(anchor)) as StoredAnchor;
}

function quotedNow(doc: Y.Doc, anchor: StoredAnchor): string | null {
  const context = contextOf(doc);
  const resolved = resolveAnchor(context, anchor);
  return resolved.state === 'anchored' ? context.text(resolved.from, resolved.to) : null;
}

describe('comment anchors over two Y.Docs', () => {
  it('resolves to the quoted text where it was made and on the other peer', () => {
    const { a, b } = twoPeers(['Hello wonderful world']);
    const anchor = anchorWord(a, 'wonderful');
    expect(anchor.quote).toBe('wonderful');
    expect(quotedNow(a, anchor)).toBe('wonderful');
    expect(quotedNow(b, anchor)).toBe('wonderful');
  });

  it('follows concurrent inserts before, after and at both edges, without growing', () => {
    const { a, b, exchange } = twoPeers(['Hello wonderful world']);
    const anchor = anchorWord(a, 'wonderful');
    // At the same time: A types before the range and right after it; B types at its start and at the end of the line.
    textOf(a).insert(0, 'Oh! ');
    textOf(a).insert('Oh! Hello wonderful'.length, ' big');
    textOf(b).insert('Hello '.length, 'very ');
    textOf(b).insert(textOf(b).length, ' today');
    exchange();
    expect(textOf(a).toString()).toBe(textOf(b).toString());
    expect(textOf(a).toString()).toBe('Oh! Hello very wonderful big world today');
    expect(quotedNow(a, anchor)).toBe('wonderful');
    expect(quotedNow(b, anchor)).toBe('wonderful');
  });

  it('grows with inserts inside the range and shrinks with deletes inside it', () => {
    const { a, b, exchange } = twoPeers(['Hello wonderful world']);
    const anchor = anchorWord(b, 'wonderful');
    textOf(a).insert('Hello wonder'.length, '-ish-');
    textOf(b).delete('Hello '.length, 3); // "won"
    exchange();
    expect(quotedNow(a, anchor)).toBe('der-ish-ful');
    expect(quotedNow(b, anchor)).toBe('der-ish-ful');
  });

  it('follows concurrent deletes around the range and new paragraphs before it', () => {
    const { a, b, exchange } = twoPeers(['First paragraph', 'Hello wonderful world']);
    const index = textOf(a, 1).toString().indexOf('wonderful');
    const from = 1 + 'First paragraph'.length + 2 + index; // past the first paragraph and into the second
    const anchor = JSON.parse(JSON.stringify(anchorFromRange(contextOf(a), from, from + 9, 'wonderful'))) as StoredAnchor;
    expect(quotedNow(a, anchor)).toBe('wonderful');
    textOf(a, 1).delete(0, 'Hello '.length);
    textOf(b, 1).delete('Hello wonderful'.length, ' world'.length);
    b.getXmlFragment(FIELD).insert(0, [paragraph('A new opening')]);
    exchange();
    expect(quotedNow(a, anchor)).toBe('wonderful');
    expect(quotedNow(b, anchor)).toBe('wonderful');
  });

  it('reports a range whose text was deleted as detached, on both peers, while the quote remains', () => {
    const { a, b, exchange } = twoPeers(['Hello wonderful world']);
    const anchor = anchorWord(a, 'wonderful');
    // B deletes the whole word while A edits elsewhere.
    textOf(b).delete('Hello '.length, 'wonderful '.length);
    textOf(a).insert(0, 'Well, ');
    exchange();
    expect(resolveAnchor(contextOf(a), anchor)).toEqual({ state: 'detached' });
    expect(resolveAnchor(contextOf(b), anchor)).toEqual({ state: 'detached' });
    expect(anchor.quote).toBe('wonderful');
  });

  it('reports a deleted paragraph, and anchors that are not ours, as detached', () => {
    const { a, b, exchange } = twoPeers(['Keep this', 'Hello wonderful world']);
    const from = 1 + 'Keep this'.length + 2 + 'Hello '.length;
    const anchor = JSON.parse(JSON.stringify(anchorFromRange(contextOf(a), from, from + 9, 'wonderful'))) as StoredAnchor;
    b.getXmlFragment(FIELD).delete(1, 1);
    exchange();
    expect(resolveAnchor(contextOf(a), anchor).state).toBe('detached');
    for (const junk of [null, 'text', { quote: 'x' }, { start: { item: 'nope' }, end: 3, quote: 'x' }]) {
      expect(resolveAnchor(contextOf(a), junk).state).toBe('detached');
    }
  });
});

function paragraph(text: string): Y.XmlElement {
  const element = new Y.XmlElement('paragraph');
  element.insert(0, [new Y.XmlText(text)]);
  return element;
}

import * as Y from 'yjs';
import type { ArtefactKind } from '../../shared/access.ts';
import { EDGES_ROOT, NODES_ROOT } from '../../shared/maps/mapTypes.ts';
import { LANGUAGE_CHANGED } from '../../shared/bilingual/languageMarker.ts';
import { OUTCOMES_ROOT } from '../../shared/outcomes/outcomeDoc.ts';
import { SPECIFICATION_FRAGMENTS } from '../../shared/specification/languageFragments.ts';

/**
 * The root types each kind of artefact keeps its content in. A root's type
 * is not in the Yjs update itself, so readers have to name it: maps of
 * entries for frameworks and process maps, an XML fragment for specifications.
 */
const ROOTS: Record<ArtefactKind, { maps: string[]; fragments: string[] }> = {
  outcomes: { maps: [OUTCOMES_ROOT], fragments: [] },
  map: { maps: [NODES_ROOT, EDGES_ROOT], fragments: [] },
  // The English and Welsh texts, and when each last changed (so a restore brings back the marker as it was).
  specification: { maps: [LANGUAGE_CHANGED], fragments: [SPECIFICATION_FRAGMENTS.en, SPECIFICATION_FRAGMENTS.cy] },
};

export function docFromState(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}

/** The content as plain JSON, root by root (for reading a version, and for diffs). */
export function contentAsJson(kind: ArtefactKind, doc: Y.Doc): Record<string, unknown> {
  const { maps, fragments } = ROOTS[kind];
  const json: Record<string, unknown> = {};
  for (const name of maps) json[name] = doc.getMap(name).toJSON();
  for (const name of fragments) json[name] = doc.getXmlFragment(name).toJSON();
  return json;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function cloneValue(value: unknown): unknown {
  return value instanceof Y.AbstractType ? value.clone() : value;
}

/**
 * Makes `target`'s content equal to `source`'s, as new changes on top of
 * target: entries that differ are replaced by copies, entries source lacks
 * are deleted, equal entries are left alone (so a restore touches only what
 * changed, and never duplicates anything). One transaction.
 */
export function replaceContent(kind: ArtefactKind, target: Y.Doc, source: Y.Doc): void {
  const { maps, fragments } = ROOTS[kind];
  target.transact(() => {
    for (const name of maps) {
      const from = source.getMap(name);
      const into = target.getMap(name);
      for (const key of [...into.keys()]) if (!from.has(key)) into.delete(key);
      for (const [key, value] of from.entries()) {
        const current = into.get(key);
        const currentJson = current instanceof Y.AbstractType ? current.toJSON() : current;
        const valueJson = value instanceof Y.AbstractType ? value.toJSON() : value;
        if (!into.has(key) || !same(currentJson, valueJson)) into.set(key, cloneValue(value));
      }
    }
    for (const name of fragments) {
      const from = source.getXmlFragment(name);
      const into = target.getXmlFragment(name);
      if (same(from.toJSON(), into.toJSON())) continue;
      // Keep the longest equal run at the start and at the end, so comment anchors there survive.
      const a = into.toArray();
      const b = from.toArray();
      let start = 0;
      while (start < a.length && start < b.length && same(a[start]!.toJSON(), b[start]!.toJSON())) start++;
      let end = 0;
      while (end < a.length - start && end < b.length - start && same(a[a.length - 1 - end]!.toJSON(), b[b.length - 1 - end]!.toJSON())) end++;
      into.delete(start, a.length - start - end);
      into.insert(start, b.slice(start, b.length - end).map((node) => node.clone() as Y.XmlElement | Y.XmlText));
    }
  });
}

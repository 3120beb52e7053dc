import { diffWordsWithSpace } from 'diff';
import type * as Y from 'yjs';
import type { ArtefactKind } from '../../shared/access.ts';
import { EDGES_ROOT, NODES_ROOT } from '../../shared/maps/mapTypes.ts';
import { LANGUAGE_CHANGED, type ContentLanguage } from '../../shared/bilingual/languageMarker.ts';
import { OUTCOMES_ROOT } from '../../shared/outcomes/outcomeDoc.ts';
import { SPECIFICATION_FRAGMENTS } from '../../shared/specification/languageFragments.ts';
import { renderMarkdown } from '../export/markdownExport.ts';
import { readSpecification } from '../export/specificationTree.ts';
import type { EntryChange, FieldChange, TextPart, VersionDiff } from '../../shared/versions/versionTypes.ts';

export type { EntryChange, FieldChange, TextPart, VersionDiff };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Entries of two versions of one root map, compared field by field; ordering fields alone are not changes a reader sees. */
function entryChanges(before: Record<string, Record<string, unknown>>, after: Record<string, Record<string, unknown>>, titleField: string, ignore: string[]): EntryChange[] {
  const changes: EntryChange[] = [];
  const title = (entry: Record<string, unknown> | undefined) => String(entry?.[titleField] ?? '');
  for (const [id, entry] of Object.entries(after)) {
    const old = before[id];
    if (!old) {
      changes.push({ id, change: 'added', title: title(entry), fields: [] });
      continue;
    }
    const fields = [...new Set([...Object.keys(old), ...Object.keys(entry)])]
      .filter((field) => !ignore.includes(field) && !same(old[field], entry[field]))
      .map((field) => ({ field, before: old[field] ?? null, after: entry[field] ?? null }));
    if (fields.length > 0) changes.push({ id, change: 'changed', title: title(entry), fields });
  }
  for (const [id, entry] of Object.entries(before)) {
    if (!(id in after)) changes.push({ id, change: 'removed', title: title(entry), fields: [] });
  }
  return changes;
}

type Entries = Record<string, Record<string, unknown>>;

/** The specification as reviewers read it (Markdown), so the diff is of words, not of XML. */
function specificationText(doc: Y.Doc, language: ContentLanguage = 'en'): string {
  return renderMarkdown(readSpecification(doc.getXmlFragment(SPECIFICATION_FRAGMENTS[language]), () => '[outcome]'));
}

function wordDiff(before: string, after: string): TextPart[] {
  return diffWordsWithSpace(before, after).map((p) => ({ change: p.added ? 'added' : p.removed ? 'removed' : 'same', text: p.value }));
}

/** What changed from `before` to `after`: words for specifications, fields for outcomes, nodes and edges for maps. */
export function diffVersions(kind: ArtefactKind, before: Y.Doc, after: Y.Doc): VersionDiff {
  if (kind === 'specification') {
    const text = wordDiff(specificationText(before), specificationText(after));
    const [welshBefore, welshAfter] = [specificationText(before, 'cy'), specificationText(after, 'cy')];
    return welshBefore || welshAfter ? { kind, text, welsh: wordDiff(welshBefore, welshAfter) } : { kind, text };
  }
  if (kind === 'outcomes') {
    return {
      kind,
      outcomes: entryChanges(before.getMap(OUTCOMES_ROOT).toJSON() as Entries, after.getMap(OUTCOMES_ROOT).toJSON() as Entries, 'statement', ['position', LANGUAGE_CHANGED]),
    };
  }
  return {
    kind,
    nodes: entryChanges(before.getMap(NODES_ROOT).toJSON() as Entries, after.getMap(NODES_ROOT).toJSON() as Entries, 'label', []),
    edges: entryChanges(before.getMap(EDGES_ROOT).toJSON() as Entries, after.getMap(EDGES_ROOT).toJSON() as Entries, 'label', []),
  };
}

import type * as Y from 'yjs';
import { LOCAL_ORIGIN, addEdge, addNode, edgesMap, nodesMap } from './mapDoc.ts';
import { TOOL19_EDGES, TOOL19_NODES, templatePosition, type TemplateLanguage } from './tool19Template.ts';

/** The maps a new map can start from: the toolkit's three-stage Tool 19 map, or nothing. */
export const TEMPLATES = ['tool19', 'empty'] as const;
export type TemplateName = (typeof TEMPLATES)[number];
export type { TemplateLanguage };

/**
 * Writes a template into the map in one transaction. Entries are written
 * under fixed ids and only where that id is not there yet: two people
 * applying at once write the same keys (one copy survives), and applying
 * again later only adds back entries that are missing: it never overwrites
 * what people have since edited.
 */
export function applyTemplate(doc: Y.Doc, name: TemplateName, language: TemplateLanguage, origin: unknown = LOCAL_ORIGIN): void {
  if (name === 'empty') return;
  doc.transact(() => {
    const nodes = nodesMap(doc);
    for (const node of TOOL19_NODES) {
      if (nodes.has(node.id)) continue;
      addNode(doc, {
        id: node.id,
        kind: node.kind,
        method: node.method ?? '',
        stage: node.stage,
        label: node.label[language],
        description: node.description[language],
        groups: node.groups?.[language] ?? '',
        owner: node.owner?.[language] ?? '',
        involved: node.involved,
        ...templatePosition(node),
      }, origin);
    }
    const edges = edgesMap(doc);
    for (const edge of TOOL19_EDGES) {
      if (edges.has(edge.id) || !nodes.has(edge.source) || !nodes.has(edge.target)) continue;
      addEdge(doc, edge.id, edge.source, edge.target, edge.label?.[language] ?? '');
    }
  }, origin);
}

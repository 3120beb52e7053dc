import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { nodesMap, readMap, removeNode, setNodeText } from '../../shared/maps/mapDoc.ts';
import { NODE_HEIGHT, MAP_STAGES, laneX, stageAt } from '../../shared/maps/mapTypes.ts';
import { TEMPLATES, applyTemplate } from '../../shared/maps/templates.ts';
import { TOOL19_EDGES, TOOL19_NODES } from '../../shared/maps/tool19Template.ts';

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('process map templates', () => {
  it('offers the Tool 19 map and an empty one; the empty one writes nothing', () => {
    expect(TEMPLATES).toEqual(['tool19', 'empty']);
    const doc = new Y.Doc();
    applyTemplate(doc, 'empty', 'en');
    expect(readMap(doc)).toEqual({ nodes: [], edges: [] });
  });

  it('draws the three Tool 19 stages, each heading its own lane, with every kind of node, all connected', () => {
    const doc = new Y.Doc();
    applyTemplate(doc, 'tool19', 'en');
    const { nodes, edges } = readMap(doc);
    expect(nodes).toHaveLength(TOOL19_NODES.length);
    expect(edges).toHaveLength(TOOL19_EDGES.length);
    const stages = nodes.filter((n) => n.kind === 'stage');
    expect(stages.map((n) => [n.stage, n.label])).toEqual([
      ['define', 'Set out and define purpose'],
      ['design', 'Design and test'],
      ['implement', 'Action or implementation'],
    ]);
    for (const stage of MAP_STAGES) expect(nodes.find((n) => n.stage === stage)!.kind).toBe('stage');
    expect(new Set(nodes.map((n) => n.kind))).toEqual(new Set(['stage', 'activity', 'stakeholder', 'method', 'decision', 'feedback']));
    expect(new Set(nodes.filter((n) => n.kind === 'method').map((n) => n.method))).toEqual(new Set(['workshop', 'survey', 'focus_group', 'drop_in']));
    const connected = new Set(edges.flatMap((e) => [e.source, e.target]));
    for (const node of nodes.filter((n) => n.kind !== 'stage')) expect(connected.has(node.id), node.label).toBe(true);
  });

  it('places every node inside its lane, none overlapping', () => {
    const doc = new Y.Doc();
    applyTemplate(doc, 'tool19', 'cy');
    const nodes = readMap(doc).nodes;
    for (const node of nodes) {
      expect(node.x).toBe(laneX(node.stage));
      expect(stageAt(node.x)).toBe(node.stage);
    }
    for (const stage of MAP_STAGES) {
      const ys = nodes.filter((n) => n.stage === stage).map((n) => n.y);
      for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(NODE_HEIGHT);
    }
  });

  it('is written in Welsh as well as English, with every text translated', () => {
    for (const node of TOOL19_NODES) {
      expect(node.label.cy.trim(), node.id).not.toBe('');
      expect(node.label.cy, node.id).not.toBe(node.label.en);
      expect(node.description.cy, node.id).not.toBe(node.description.en);
      if (node.groups) expect(node.groups.cy).not.toBe(node.groups.en);
    }
    for (const edge of TOOL19_EDGES) if (edge.label) expect(edge.label.cy, edge.id).not.toBe(edge.label.en);
    const doc = new Y.Doc();
    applyTemplate(doc, 'tool19', 'cy');
    expect(readMap(doc).nodes.filter((n) => n.kind === 'stage').map((n) => n.label)).toEqual([
      "Pennu a diffinio'r diben",
      'Dylunio a phrofi',
      'Gweithredu neu roi ar waith',
    ]);
    expect(readMap(doc).edges.map((e) => e.label)).toContain('ddim eto');
  });

  it('gives one copy when two people apply it at once, even in different languages', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    applyTemplate(a, 'tool19', 'en');
    applyTemplate(b, 'tool19', 'cy');
    sync(a, b);
    const map = readMap(a);
    expect(map.nodes).toHaveLength(TOOL19_NODES.length);
    expect(map.edges).toHaveLength(TOOL19_EDGES.length);
    expect(readMap(b)).toEqual(map);
    // One person's copy wins whole, so the map is in one language.
    const labels = map.nodes.filter((n) => n.kind === 'stage').map((n) => n.label);
    expect([['Set out and define purpose', 'Design and test', 'Action or implementation'], ["Pennu a diffinio'r diben", 'Dylunio a phrofi', 'Gweithredu neu roi ar waith']]).toContainEqual(labels);
  });

  it('applied again later, adds back only what is missing and keeps what people edited', () => {
    const doc = new Y.Doc();
    applyTemplate(doc, 'tool19', 'en');
    setNodeText(doc, 'tool19-survey', 'label', 'Phone survey');
    removeNode(doc, 'tool19-decision');
    applyTemplate(doc, 'tool19', 'en');
    expect(nodesMap(doc).size).toBe(TOOL19_NODES.length);
    expect(readMap(doc).nodes.find((n) => n.id === 'tool19-survey')!.label).toBe('Phone survey');
    expect(readMap(doc).edges).toHaveLength(TOOL19_EDGES.length);
  });
});

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addNode, connect, readMap, removeNode } from '../../shared/maps/mapDoc.ts';
import { escapeXml, renderMapSvg, wrapLabel, type MapSvgOptions } from '../../shared/maps/mapSvg.ts';
import type { MapSnapshot } from '../../shared/maps/mapTypes.ts';
import { applyTemplate } from '../../shared/maps/templates.ts';

const options: MapSvgOptions = {
  title: 'Involvement map — North 2027',
  stageNames: { define: 'Set out and define purpose', design: 'Design and test', implement: 'Action or implementation' },
  kindNames: { stage: 'Stage', activity: 'Activity', stakeholder: 'Stakeholder group', method: 'Method', decision: 'Decision', feedback: 'Feedback' },
};

interface Element {
  name: string;
  attributes: Record<string, string>;
}

/**
 * A small well-formedness check: every tag closes in order, attributes are
 * quoted name="value" pairs, and text and values hold no raw < or stray &.
 * Returns the elements in document order.
 */
function parseXml(xml: string): Element[] {
  const body = xml.replace(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n/, '');
  const elements: Element[] = [];
  const open: string[] = [];
  const entity = /&(?:amp|lt|gt|quot|#39);/g;
  for (const [token] of body.matchAll(/<[^>]*>|[^<]+/g)) {
    if (!token.startsWith('<')) {
      expect(token.replace(entity, ''), 'text').not.toMatch(/[&<>]/);
      expect(open.length, 'text outside the root').toBeGreaterThan(0);
      continue;
    }
    const closing = /^<\/([a-zA-Z][\w:-]*)>$/.exec(token);
    if (closing) {
      expect(open.pop(), token).toBe(closing[1]);
      continue;
    }
    const tag = /^<([a-zA-Z][\w:-]*)((?:\s+[a-zA-Z][\w:-]*="[^"]*")*)\s*(\/?)>$/.exec(token);
    expect(tag, `malformed tag ${token}`).not.toBeNull();
    const attributes: Record<string, string> = {};
    for (const [, name, value] of tag![2]!.matchAll(/([a-zA-Z][\w:-]*)="([^"]*)"/g)) {
      expect(value!.replace(entity, ''), `${name} of ${token}`).not.toMatch(/[&<>]/);
      expect(attributes[name!], `repeated ${name}`).toBeUndefined();
      attributes[name!] = value!;
    }
    if (elements.length === 0) expect(tag![1]).toBe('svg');
    else expect(open.length, 'a second root').toBeGreaterThan(0);
    elements.push({ name: tag![1]!, attributes });
    if (!tag![3]) open.push(tag![1]!);
  }
  expect(open).toEqual([]);
  return elements;
}

const attack = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' onload='alert(1)",
  ']]><foreignObject><iframe src="javascript:alert(1)"/></foreignObject>',
  '&lt;already escaped&gt; & ampersand',
  'bell\u0007 and NUL\u0000 and lone \uD800 half',
].join(' ');

function hostileMap(): MapSnapshot {
  const doc = new Y.Doc();
  const a = addNode(doc, { label: attack, kind: 'decision' });
  const b = addNode(doc, { label: 'Plain', stage: 'design' });
  connect(doc, a, b, attack);
  return readMap(doc);
}

describe('process map as SVG', () => {
  it('renders every text inert: labels, edge labels, the title and the names given', () => {
    const svg = renderMapSvg(hostileMap(), { ...options, title: attack, stageNames: { ...options.stageNames, design: attack }, kindNames: { ...options.kindNames, decision: attack } });
    const elements = parseXml(svg);
    for (const element of elements) expect(['svg', 'title', 'defs', 'marker', 'path', 'rect', 'text', 'g', 'tspan']).toContain(element.name);
    for (const element of elements) for (const name of Object.keys(element.attributes)) expect(name).not.toMatch(/^on/i);
    expect(svg).not.toMatch(/<script|<img|<iframe|<foreignObject/i);
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('&amp;lt;already escaped&amp;gt; &amp; ampersand');
    expect(svg).not.toMatch(/[\u0000\u0007]|\uD800/);
  });

  it('draws the three lanes with their names, every node with its kind, and every edge with an arrowhead', () => {
    const doc = new Y.Doc();
    applyTemplate(doc, 'tool19', 'en');
    const map = readMap(doc);
    const elements = parseXml(renderMapSvg(map, options));
    const lanes = elements.filter((e) => e.name === 'g' && e.attributes.class === 'lane');
    expect(lanes.map((l) => l.attributes['data-stage'])).toEqual(['define', 'design', 'implement']);
    expect(elements.filter((e) => e.attributes.class === 'node')).toHaveLength(map.nodes.length);
    const edges = elements.filter((e) => e.attributes.class === 'edge');
    expect(edges).toHaveLength(map.edges.length);
    for (const edge of edges) expect(edge.attributes['marker-end']).toBe('url(#arrow)');
    const svg = renderMapSvg(map, options);
    for (const name of Object.values(options.stageNames)) expect(svg).toContain(`>${name}</text>`);
    expect(svg).toContain('>Stakeholder group</text>');
    expect(svg).toContain('>draft specification</text>');
    expect(svg).toContain('<title id="map-title">Involvement map — North 2027</title>');
  });

  it('leaves out edges whose ends are gone and draws an empty map as its lanes', () => {
    const doc = new Y.Doc();
    const a = addNode(doc, {});
    const b = addNode(doc, {});
    connect(doc, a, b);
    const stale = readMap(doc);
    removeNode(doc, b);
    const svg = renderMapSvg({ nodes: readMap(doc).nodes, edges: stale.edges }, options);
    expect(parseXml(svg).filter((e) => e.attributes.class === 'edge')).toEqual([]);
    const empty = parseXml(renderMapSvg({ nodes: [], edges: [] }, options));
    expect(empty.filter((e) => e.attributes.class === 'lane')).toHaveLength(3);
  });

  it('is the same file every time for the same map, whoever renders it', () => {
    const a = new Y.Doc();
    applyTemplate(a, 'tool19', 'cy');
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(renderMapSvg(readMap(a), options)).toBe(renderMapSvg(readMap(a), options));
    expect(renderMapSvg(readMap(b), options)).toBe(renderMapSvg(readMap(a), options));
    const svg = renderMapSvg(readMap(a), options);
    expect(svg).not.toMatch(/\d\.\d{3,}/);
  });

  it('grows to hold nodes dragged outside the lanes', () => {
    const doc = new Y.Doc();
    addNode(doc, { x: -400, y: -300 });
    addNode(doc, { x: 2000, y: 3000 });
    const [svg] = parseXml(renderMapSvg(readMap(doc), options));
    const [left, top, width, height] = svg!.attributes.viewBox!.split(' ').map(Number);
    expect(left).toBeLessThanOrEqual(-400);
    expect(top).toBeLessThanOrEqual(-300);
    expect(left! + width!).toBeGreaterThanOrEqual(2000 + 240);
    expect(top! + height!).toBeGreaterThanOrEqual(3000 + 80);
  });
});

describe('label wrapping and escaping', () => {
  it('wraps by words, cuts words too long for a line, and ends a cut label with an ellipsis', () => {
    expect(wrapLabel('Drop-in sessions for people and families', 16)).toEqual(['Drop-in sessions', 'for people and', 'families']);
    expect(wrapLabel('Llanfairpwllgwyngyll', 8)).toEqual(['Llanfair', 'pwllgwyn', 'gyll']);
    expect(wrapLabel('one two three four five six seven', 9, 2)).toEqual(['one two', 'three fo…']);
    expect(wrapLabel('😀😀😀😀', 2)).toEqual(['😀😀', '😀😀']);
    expect(wrapLabel('   ', 10)).toEqual([]);
    expect(wrapLabel('draft specification', 12, 1)).toEqual(['draft speci…']);
  });

  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

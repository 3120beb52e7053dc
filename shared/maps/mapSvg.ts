import {
  LANE_TOP, LANE_WIDTH, MAP_STAGES, NODE_HEIGHT, NODE_WIDTH,
  type MapNodeValues, type MapSnapshot, type MapStage, type NodeKind,
} from './mapTypes.ts';
import { routeEdge } from './mapSvgEdges.ts';

/**
 * A map as one standalone SVG document, for reports and board papers (and,
 * drawn onto a canvas, the PNG export). Every text is escaped (kinds too, in case
 * a snapshot did not come from readMap): labels are whatever anyone typed, and the file is opened outside the app. The output
 * depends only on its input (no ids, dates or randomness), so the same map
 * gives the same file.
 */
export interface MapSvgOptions {
  title: string;
  stageNames: Record<MapStage, string>;
  kindNames: Record<NodeKind, string>;
}

const PAD = 24;
const TITLE_HEIGHT = 44;
const LABEL_FONT = 14;
const LABEL_LINE = 17;
const KIND_FONT = 11;
/** Average width of a character at LABEL_FONT in a sans-serif face: enough to wrap without measuring text. */
const CHAR_WIDTH = 7.4;
const MAX_LABEL_LINES = 3;
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif';

const KIND_COLOURS: Record<NodeKind, string> = {
  stage: '#1d4f91',
  activity: '#2f6f4e',
  stakeholder: '#7a4a9e',
  method: '#a4521f',
  decision: '#9b1c31',
  feedback: '#00667a',
};

// Characters XML 1.0 forbids, and halves of surrogate pairs: either would make the file unreadable.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe inside an element or a quoted attribute. */
export function escapeXml(value: string): string {
  return value
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Coordinates rounded, so floating-point noise never changes the file. */
const n = (value: number) => (Number.isFinite(value) ? String(Math.round(value * 100) / 100) : '0');

/**
 * Splits a label into lines that fit a node, by words (a word too long for a
 * line is cut), at most `maxLines`, the last ending in an ellipsis if cut short.
 */
export function wrapLabel(label: string, maxChars: number, maxLines = MAX_LABEL_LINES): string[] {
  const lines: string[] = [];
  let line: string[] = [];
  const push = () => {
    if (line.length) lines.push(line.join(''));
    line = [];
  };
  for (const word of label.trim().split(/\s+/).filter(Boolean)) {
    let chars = Array.from(word);
    if (line.length && line.length + 1 + chars.length > maxChars) push();
    if (line.length) line.push(' ');
    while (line.length + chars.length > maxChars) {
      const room = maxChars - line.length;
      line.push(...chars.slice(0, room));
      chars = chars.slice(room);
      push();
    }
    line.push(...chars);
  }
  push();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  // The last line takes as much of the rest as fits, so a cut label still says as much as it can.
  const last = Array.from(lines.slice(maxLines - 1).join(' '));
  kept[maxLines - 1] = `${last.slice(0, Math.max(0, maxChars - 1)).join('').trimEnd()}…`;
  return kept;
}

interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

function boundsOf(nodes: readonly MapNodeValues[]): Bounds {
  const bounds = { minX: 0, minY: 0, maxX: MAP_STAGES.length * LANE_WIDTH, maxY: LANE_TOP + NODE_HEIGHT + PAD };
  for (const node of nodes) {
    bounds.minX = Math.min(bounds.minX, node.x);
    bounds.minY = Math.min(bounds.minY, node.y);
    bounds.maxX = Math.max(bounds.maxX, node.x + NODE_WIDTH);
    bounds.maxY = Math.max(bounds.maxY, node.y + NODE_HEIGHT + PAD);
  }
  return bounds;
}

function renderLanes(bounds: Bounds, stageNames: Record<MapStage, string>): string {
  return MAP_STAGES.map((stage, index) => {
    const x = index * LANE_WIDTH;
    const fill = index % 2 === 0 ? '#f4f6f8' : '#e9edf2';
    return [
      `<g class="lane" data-stage="${stage}">`,
      `<rect x="${n(x)}" y="${n(bounds.minY)}" width="${LANE_WIDTH}" height="${n(bounds.maxY - bounds.minY)}" fill="${fill}" stroke="#c5ccd6"/>`,
      `<text x="${n(x + LANE_WIDTH / 2)}" y="${n(bounds.minY + LANE_TOP / 2 + 6)}" text-anchor="middle" font-size="16" font-weight="bold" fill="#1b2733">${escapeXml(stageNames[stage] ?? stage)}</text>`,
      '</g>',
    ].join('');
  }).join('\n');
}

function renderNode(node: MapNodeValues, kindNames: Record<NodeKind, string>): string {
  const colour = KIND_COLOURS[node.kind] ?? '#333333';
  const maxChars = Math.floor((NODE_WIDTH - 20) / CHAR_WIDTH);
  const lines = wrapLabel(node.label, maxChars);
  const tspans = lines
    .map((line, i) => `<tspan x="${n(node.x + 10)}" y="${n(node.y + 36 + i * LABEL_LINE)}">${escapeXml(line)}</tspan>`)
    .join('');
  return [
    `<g class="node" data-kind="${escapeXml(String(node.kind))}">`,
    `<rect x="${n(node.x)}" y="${n(node.y)}" width="${NODE_WIDTH}" height="${NODE_HEIGHT}" rx="8" fill="#ffffff" stroke="${colour}" stroke-width="2"/>`,
    `<rect x="${n(node.x)}" y="${n(node.y)}" width="6" height="${NODE_HEIGHT}" rx="3" fill="${colour}"/>`,
    `<text x="${n(node.x + 10)}" y="${n(node.y + 16)}" font-size="${KIND_FONT}" fill="${colour}">${escapeXml(kindNames[node.kind] ?? node.kind)}</text>`,
    `<text font-size="${LABEL_FONT}" fill="#1b2733">${tspans}</text>`,
    '</g>',
  ].join('');
}

function renderEdges(snapshot: MapSnapshot, byId: Map<string, MapNodeValues>): { lines: string; labels: string } {
  const lines: string[] = [];
  const labels: string[] = [];
  const brackets = new Map<number, number>();
  for (const edge of snapshot.edges) {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (!source || !target || source === target) continue;
    const side = Math.round(Math.max(source.x, target.x));
    const route = routeEdge(source, target, snapshot.nodes, brackets.get(side) ?? 0);
    if (route.bracket) brackets.set(side, (brackets.get(side) ?? 0) + 1);
    lines.push(`<path class="edge" d="${route.d}" fill="none" stroke="#4a5663" stroke-width="1.5" marker-end="url(#arrow)"/>`);
    const text = wrapLabel(edge.label, route.label.maxChars, 1)[0];
    if (text) {
      labels.push(
        `<text class="edge-label" x="${n(route.label.x)}" y="${n(route.label.y)}" text-anchor="${route.label.anchor}" font-size="12" fill="#1b2733" stroke="#ffffff" stroke-width="4" paint-order="stroke">${escapeXml(text)}</text>`,
      );
    }
  }
  return { lines: lines.join('\n'), labels: labels.join('\n') };
}

export function renderMapSvg(snapshot: MapSnapshot, options: MapSvgOptions): string {
  const bounds = boundsOf(snapshot.nodes);
  const left = bounds.minX - PAD;
  const top = bounds.minY - TITLE_HEIGHT - PAD;
  const width = bounds.maxX - bounds.minX + 2 * PAD;
  const height = bounds.maxY - bounds.minY + TITLE_HEIGHT + 2 * PAD;
  const byId = new Map(snapshot.nodes.map((node) => [node.id, node]));
  const edges = renderEdges(snapshot, byId);
  const title = escapeXml(options.title);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="map-title" width="${n(width)}" height="${n(height)}" viewBox="${n(left)} ${n(top)} ${n(width)} ${n(height)}" font-family="${FONT}">`,
    `<title id="map-title">${title}</title>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#4a5663"/></marker></defs>',
    `<rect x="${n(left)}" y="${n(top)}" width="${n(width)}" height="${n(height)}" fill="#ffffff"/>`,
    `<text x="${n(bounds.minX)}" y="${n(bounds.minY - PAD)}" font-size="20" font-weight="bold" fill="#1b2733">${title}</text>`,
    renderLanes(bounds, options.stageNames),
    edges.lines,
    ...snapshot.nodes.map((node) => renderNode(node, options.kindNames)),
    edges.labels,
    '</svg>',
  ].filter((part) => part !== '').join('\n');
}

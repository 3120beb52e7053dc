import { z } from 'zod';
import { INVOLVED_ROLES, MAP_STAGES, METHOD_KINDS, NODE_KINDS, NODE_STATUSES, type MapClipboard } from './mapTypes.ts';

/**
 * What a paste accepts. The clipboard is outside our control (another tab,
 * another program, a hand-written string), so it is checked field by field
 * and bounded before anything reaches the shared document.
 */
export const MAX_CLIPBOARD_NODES = 500;
export const MAX_CLIPBOARD_EDGES = 2_000;

const text = z.string().max(10_000);
const shortText = z.string().max(200);
const coordinate = z.number().finite().min(-1_000_000).max(1_000_000);
const date = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]);

const clipboardNodeSchema = z.object({
  id: z.string().min(1).max(100),
  kind: z.enum(NODE_KINDS),
  method: z.union([z.literal(''), z.enum(METHOD_KINDS)]),
  stage: z.enum(MAP_STAGES),
  label: text,
  description: text,
  involved: z.array(z.enum(INVOLVED_ROLES)).max(INVOLVED_ROLES.length),
  groups: text,
  owner: shortText,
  startDate: date,
  endDate: date,
  status: z.enum(NODE_STATUSES),
  x: coordinate,
  y: coordinate,
});

const clipboardEdgeSchema = z.object({
  id: z.string().min(1).max(100),
  source: z.string().min(1).max(100),
  target: z.string().min(1).max(100),
  label: text,
});

export const mapClipboardSchema = z
  .object({
    type: z.literal('gweithdy/map-nodes'),
    version: z.literal(1),
    nodes: z.array(clipboardNodeSchema).min(1).max(MAX_CLIPBOARD_NODES),
    edges: z.array(clipboardEdgeSchema).max(MAX_CLIPBOARD_EDGES),
  })
  .refine((clip) => new Set(clip.nodes.map((n) => n.id)).size === clip.nodes.length, 'node ids repeat');

/** The clipboard if it is one of ours and well-formed; a string is parsed as JSON first. Otherwise null. */
export function parseClipboard(value: unknown): MapClipboard | null {
  let candidate = value;
  if (typeof value === 'string') {
    try {
      candidate = JSON.parse(value);
    } catch {
      return null;
    }
  }
  const parsed = mapClipboardSchema.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}

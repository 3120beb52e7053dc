import { useMemo } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { DragPresence } from '../../../shared/maps/mapTypes.ts';
import { usePresent, type Present } from '../../collab/usePresence.ts';

/** Someone else on this map: where their pointer is, what they selected, what they are dragging. */
export interface MapPeer {
  clientId: number;
  name: string;
  colour: string;
  pointer: { x: number; y: number } | null;
  selection: string[];
  drag: DragPresence | null;
}

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

// Awareness comes from other people's clients: anything malformed is ignored, never trusted.
function pointerOf(value: unknown): MapPeer['pointer'] {
  if (!value || typeof value !== 'object') return null;
  const { x, y } = value as Record<string, unknown>;
  return isFiniteNumber(x) && isFiniteNumber(y) ? { x, y } : null;
}

function selectionOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string').slice(0, 500) : [];
}

function dragOf(value: unknown): DragPresence | null {
  if (!value || typeof value !== 'object') return null;
  const { nodeId, x, y } = value as Record<string, unknown>;
  return typeof nodeId === 'string' && isFiniteNumber(x) && isFiniteNumber(y) ? { nodeId, x, y } : null;
}

export function peerOf(present: Present): MapPeer {
  return {
    clientId: present.clientId,
    name: present.user.name,
    colour: present.user.colour,
    pointer: pointerOf(present.state.pointer),
    selection: selectionOf(present.state.selection),
    drag: dragOf(present.state.drag),
  };
}

/** Everyone connected to the map, and the others (every tab but this one) with their map presence. */
export function useMapPresence(awareness: Awareness | null): { present: Present[]; peers: MapPeer[] } {
  const present = usePresent(awareness);
  const peers = useMemo(() => present.filter((p) => !p.isSelf).map(peerOf), [present]);
  return { present, peers };
}

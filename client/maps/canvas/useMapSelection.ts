import { useCallback, useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { MapSnapshot } from '../../../shared/maps/mapTypes.ts';

export interface MapSelection {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

const NONE: MapSelection = { nodes: new Set(), edges: new Set() };

function applySelects(current: ReadonlySet<string>, changes: Array<{ id: string; selected: boolean }>): ReadonlySet<string> {
  if (changes.length === 0) return current;
  const next = new Set(current);
  for (const { id, selected } of changes) {
    if (selected) next.add(id);
    else next.delete(id);
  }
  return next;
}

/**
 * What this person has selected on the canvas, owned here (not by React Flow)
 * so the toolbar, the details panel and new or pasted nodes can set it. It is
 * shared over awareness as `selection` (node ids), and forgets what others delete.
 */
export function useMapSelection(awareness: Awareness | null, snapshot: MapSnapshot) {
  const [selection, setSelection] = useState<MapSelection>(NONE);

  const applyChanges = useCallback((nodes: Array<{ id: string; selected: boolean }>, edges: Array<{ id: string; selected: boolean }>) => {
    setSelection((current) => ({ nodes: applySelects(current.nodes, nodes), edges: applySelects(current.edges, edges) }));
  }, []);
  const select = useCallback((nodes: string[], edges: string[] = []) => setSelection({ nodes: new Set(nodes), edges: new Set(edges) }), []);

  // A node or edge someone else removed is no longer selected here.
  useEffect(() => {
    setSelection((current) => {
      const nodeIds = new Set(snapshot.nodes.map((node) => node.id));
      const edgeIds = new Set(snapshot.edges.map((edge) => edge.id));
      const gone = [...current.nodes].some((id) => !nodeIds.has(id)) || [...current.edges].some((id) => !edgeIds.has(id));
      if (!gone) return current;
      return { nodes: new Set([...current.nodes].filter((id) => nodeIds.has(id))), edges: new Set([...current.edges].filter((id) => edgeIds.has(id))) };
    });
  }, [snapshot]);

  useEffect(() => {
    awareness?.setLocalStateField('selection', [...selection.nodes]);
  }, [awareness, selection.nodes]);
  // Leaving the canvas (for the list view, or the page) must not leave an outline on everyone else's screen.
  useEffect(() => () => awareness?.setLocalStateField('selection', []), [awareness]);

  return { selection, select, applyChanges };
}

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  applyNodeChanges, Background, Controls, MarkerType, MiniMap, Panel, ReactFlow,
  type Connection, type ReactFlowInstance, type EdgeChange, type NodeChange,
} from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { createDragBroadcaster } from '../../../shared/maps/dragPresence.ts';
import { connect, LOCAL_ORIGIN, moveNode } from '../../../shared/maps/mapDoc.ts';
import { LANE_TOP, LANE_WIDTH, MAP_STAGES, NODE_HEIGHT, type MapNodeValues, type MapSnapshot } from '../../../shared/maps/mapTypes.ts';
import { MapNodeCard } from './MapNodeCard.tsx';
import type { MapFlowEdge, MapFlowNode, SelectedBy } from './mapFlowTypes.ts';
import { RemotePresence } from './RemotePresence.tsx';
import { StageLanes } from './StageLanes.tsx';
import { useFlowLabels } from './useFlowLabels.ts';
import type { MapPeer } from './useMapPresence.ts';
import type { MapSelection } from './useMapSelection.ts';
import { usePointerBroadcast } from './usePointerBroadcast.ts';

const NODE_TYPES = { mapNode: MapNodeCard };
const LANES_BELOW_LAST_NODE = 400;
/** The arrowheads' colour: the CSS's --quiet, which React Flow's markers cannot read. */
const EDGE_COLOUR = '#505a5f';
/** The least height shown at first, so an empty map's lanes read as columns. */
const MIN_VIEW_HEIGHT = 480;

interface MapFlowProps {
  doc: Y.Doc;
  awareness: Awareness | null;
  snapshot: MapSnapshot;
  readOnly: boolean;
  peers: MapPeer[];
  showOthers: boolean;
  selection: MapSelection;
  onSelectionChanges(nodes: Array<{ id: string; selected: boolean }>, edges: Array<{ id: string; selected: boolean }>): void;
}

/**
 * The React Flow canvas over the map document. Positions on screen follow the
 * document, except for a node this person is dragging: its frames go only to
 * awareness (others see a ghost), and the drop writes the document once.
 */
export function MapFlow({ doc, awareness, snapshot, readOnly, peers, showOthers, selection, onSelectionChanges }: MapFlowProps) {
  const { t } = useTranslation();
  const labels = useFlowLabels();
  const [nodes, setNodes] = useState<MapFlowNode[]>([]);
  const dragging = useRef(new Set<string>());
  const broadcaster = useMemo(() => (awareness ? createDragBroadcaster(awareness, doc) : null), [awareness, doc]);
  const pointer = usePointerBroadcast(awareness);

  // Leaving the page mid-drag must not leave a ghost on everyone else's screen.
  useEffect(() => () => broadcaster?.cancel(), [broadcaster]);

  // Keyed on what others selected, not on the peers array: pointers move many times a second and must not rebuild every node.
  const selectionsKey = showOthers ? JSON.stringify(peers.filter((peer) => peer.selection.length > 0).map((peer) => [peer.clientId, peer.name, peer.colour, peer.selection])) : '[]';
  const selectedBy = useMemo(() => {
    const byNode = new Map<string, SelectedBy[]>();
    for (const [clientId, name, colour, selection] of JSON.parse(selectionsKey) as Array<[number, string, string, string[]]>) {
      for (const id of selection) byNode.set(id, [...(byNode.get(id) ?? []), { clientId, name, colour }]);
    }
    return byNode;
  }, [selectionsKey]);

  const valuesById = useMemo(() => new Map<string, MapNodeValues>(snapshot.nodes.map((node) => [node.id, node])), [snapshot]);

  // Rebuild from the document, keeping what React Flow measured and the position of a node we are dragging.
  useEffect(() => {
    setNodes((previous) => {
      const before = new Map(previous.map((node) => [node.id, node]));
      return snapshot.nodes.map((values): MapFlowNode => {
        const old = before.get(values.id);
        const held = old?.dragging === true && dragging.current.has(values.id);
        return {
          id: values.id,
          type: 'mapNode',
          position: held ? old.position : { x: values.x, y: values.y },
          data: { values, selectedBy: selectedBy.get(values.id) ?? [], readOnly },
          selected: selection.nodes.has(values.id),
          dragging: held,
          ...(old?.measured ? { measured: old.measured } : {}),
          ariaLabel: `${t(`maps.kinds.${values.kind}`)}: ${values.label || t('mapCanvas.untitled')} (${t(`maps.stages.${values.stage}`)})`,
          // React Flow's own role description is the English "node".
          domAttributes: { 'aria-roledescription': t('mapCanvas.a11y.nodeRole') },
        };
      });
    });
  }, [snapshot, selectedBy, selection, readOnly, t]);

  const edges = useMemo(
    (): MapFlowEdge[] =>
      snapshot.edges.map((edge) => ({
        id: edge.id,
        source: edge.source,
        target: edge.target,
        label: edge.label || undefined,
        selected: selection.edges.has(edge.id),
        markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18, color: EDGE_COLOUR },
        labelStyle: { fontSize: 13 },
        domAttributes: { 'aria-roledescription': t('mapCanvas.a11y.edgeRole') },
        ariaLabel: t(edge.label ? 'mapCanvas.edge.ariaLabelWithLabel' : 'mapCanvas.edge.ariaLabel', {
          source: valuesById.get(edge.source)?.label || t('mapCanvas.untitled'),
          target: valuesById.get(edge.target)?.label || t('mapCanvas.untitled'),
          label: edge.label,
        }),
      })),
    [snapshot, selection, valuesById, t],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<MapFlowNode>[]) => {
      setNodes((current) => applyNodeChanges(changes.filter((c) => c.type === 'position' || c.type === 'dimensions'), current));
      const selects = changes.flatMap((c) => (c.type === 'select' ? [{ id: c.id, selected: c.selected }] : []));
      if (selects.length > 0) onSelectionChanges(selects, []);
      if (readOnly) return;
      const landed: Array<{ id: string; x: number; y: number }> = [];
      for (const change of changes) {
        if (change.type !== 'position' || !change.position) continue;
        if (change.dragging) {
          // Only the node under the pointer is shared while moving; the drop moves them all.
          if (dragging.current.size === 0 || dragging.current.has(change.id)) broadcaster?.drag(change.id, change.position.x, change.position.y);
          dragging.current.add(change.id);
        } else {
          landed.push({ id: change.id, ...change.position });
        }
      }
      if (landed.length === 0) return;
      // One transaction: one undo step for a drop of several nodes, or one keyboard move.
      doc.transact(() => {
        for (const { id, x, y } of landed) {
          if (dragging.current.has(id) && broadcaster) broadcaster.drop(id, x, y);
          else moveNode(doc, id, { x, y }, LOCAL_ORIGIN);
        }
      }, LOCAL_ORIGIN);
      dragging.current.clear();
    },
    [broadcaster, doc, onSelectionChanges, readOnly],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<MapFlowEdge>[]) => {
      const selects = changes.flatMap((c) => (c.type === 'select' ? [{ id: c.id, selected: c.selected }] : []));
      if (selects.length > 0) onSelectionChanges([], selects);
    },
    [onSelectionChanges],
  );

  const onConnect = useCallback((connection: Connection) => {
    if (!readOnly) connect(doc, connection.source, connection.target, '', LOCAL_ORIGIN);
  }, [doc, readOnly]);

  const lowest = snapshot.nodes.reduce((max, node) => Math.max(max, node.y + NODE_HEIGHT), LANE_TOP);
  // At first, all three lanes and every node in view (the page mounts the canvas once the map is loaded).
  const showWholeMap = useCallback((instance: ReactFlowInstance<MapFlowNode, MapFlowEdge>) => {
    void instance.fitBounds({ x: 0, y: 0, width: LANE_WIDTH * MAP_STAGES.length, height: Math.max(lowest, MIN_VIEW_HEIGHT) }, { padding: 0.05 });
  }, [lowest]);
  return (
    // tabIndex -1: a click on the empty pane focuses the canvas, so its keys (undo, paste) reach the wrapper's handler.
    <div className="map-flow" tabIndex={-1} onPointerMove={pointer.move} onPointerLeave={pointer.leave}>
      <ReactFlow<MapFlowNode, MapFlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        elementsSelectable
        deleteKeyCode={null}
        minZoom={0.2}
        maxZoom={2}
        onInit={showWholeMap}
        ariaLabelConfig={labels}
        // React Flow's attribution link is labelled in English only: ours below credits it in the page's language.
        proOptions={{ hideAttribution: true }}
      >
        <StageLanes height={lowest + LANES_BELOW_LAST_NODE} />
        <Background gap={24} />
        <MiniMap pannable zoomable ariaLabel={t('mapCanvas.minimap')} />
        <Controls showInteractive={false} />
        {showOthers ? <RemotePresence peers={peers} nodes={valuesById} /> : null}
        <Panel position="bottom-right" className="react-flow__attribution">
          <a href="https://reactflow.dev" target="_blank" rel="noopener noreferrer" aria-label={t('mapCanvas.attribution.label')}>
            {t('mapCanvas.attribution.name')}
          </a>
        </Panel>
      </ReactFlow>
    </div>
  );
}

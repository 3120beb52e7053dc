import { useCallback, useMemo, useState } from 'react';
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { addNode, autoLayout, LOCAL_ORIGIN, readNode, removeEdge, removeNode } from '../../../shared/maps/mapDoc.ts';
import { NODE_HEIGHT, NODE_WIDTH, type MapSnapshot, type MapStage, type NodeKind } from '../../../shared/maps/mapTypes.ts';
import { CanvasToolbar } from './CanvasToolbar.tsx';
import { EdgeDetailsPanel } from './EdgeDetailsPanel.tsx';
import { MapFlow } from './MapFlow.tsx';
import { download, fileNameFor, mapSvg, svgToPng } from './mapExport.ts';
import { NodeDetailsPanel } from './NodeDetailsPanel.tsx';
import { NodeDetailsView } from './NodeDetailsView.tsx';
import { useMapClipboard } from './useMapClipboard.ts';
import type { MapPeer } from './useMapPresence.ts';
import { useMapSelection } from './useMapSelection.ts';
import { useMapShortcuts } from './useMapShortcuts.ts';
import { useMapUndo } from './useMapUndo.ts';
import '@xyflow/react/dist/style.css';
import './mapCanvas.css';

export interface MapCanvasViewProps {
  doc: Y.Doc;
  awareness: Awareness | null;
  snapshot: MapSnapshot;
  title: string;
  readOnly: boolean;
  peers: MapPeer[];
  showOthers: boolean;
  onShowOthers(show: boolean): void;
}

/** The drawn map: toolbar, canvas and the selected node's or connection's details. */
export function MapCanvasView(props: MapCanvasViewProps) {
  return (
    <ReactFlowProvider>
      <CanvasWorkspace {...props} />
    </ReactFlowProvider>
  );
}

function CanvasWorkspace({ doc, awareness, snapshot, title, readOnly, peers, showOthers, onShowOthers }: MapCanvasViewProps) {
  const { t } = useTranslation();
  const { setCenter, getZoom } = useReactFlow();
  const { selection, select, applyChanges } = useMapSelection(awareness, snapshot);
  const undo = useMapUndo(readOnly ? null : doc);
  const [focusLabel, setFocusLabel] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [exportFailed, setExportFailed] = useState(false);
  const clipboard = useMapClipboard(readOnly ? null : doc, select);

  const add = (kind: NodeKind, stage: MapStage) => {
    const id = addNode(doc, { kind, stage }, LOCAL_ORIGIN);
    select([id]);
    setFocusLabel(true);
    const node = readNode(doc, id);
    if (node) void setCenter(node.x + NODE_WIDTH / 2, node.y + NODE_HEIGHT / 2, { zoom: Math.max(getZoom(), 0.8) });
  };

  const deleteSelection = useCallback(() => {
    if (readOnly || (selection.nodes.size === 0 && selection.edges.size === 0)) return false;
    // One transaction: one undo step brings back the nodes and their edges together.
    doc.transact(() => {
      for (const id of selection.edges) removeEdge(doc, id, LOCAL_ORIGIN);
      for (const id of selection.nodes) removeNode(doc, id, LOCAL_ORIGIN);
    }, LOCAL_ORIGIN);
    select([]);
    return true;
  }, [doc, readOnly, selection, select]);

  const actions = useMemo(
    () => ({
      undo: undo.undo,
      redo: undo.redo,
      deleteSelection,
      copy: () => clipboard.copy([...selection.nodes]),
      pasteRemembered: clipboard.pasteRemembered,
      pasteText: clipboard.pasteText,
    }),
    [undo.undo, undo.redo, deleteSelection, clipboard, selection.nodes],
  );
  const shortcuts = useMapShortcuts(actions);

  const exportAs = async (format: 'svg' | 'png') => {
    setExporting(true);
    setExportFailed(false);
    try {
      const svg = mapSvg(t, snapshot, title);
      const blob = format === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await svgToPng(svg);
      download(blob, fileNameFor(title, format));
    } catch {
      setExportFailed(true);
    } finally {
      setExporting(false);
    }
  };

  const onlyNode = selection.nodes.size === 1 && selection.edges.size === 0 ? snapshot.nodes.find((node) => selection.nodes.has(node.id)) : undefined;
  const onlyEdge = selection.edges.size === 1 && selection.nodes.size === 0 ? snapshot.edges.find((edge) => selection.edges.has(edge.id)) : undefined;
  const labelOf = (id: string) => snapshot.nodes.find((node) => node.id === id)?.label || t('mapCanvas.untitled');
  const onFocused = useCallback(() => setFocusLabel(false), []);

  return (
    <div className="map-canvas" {...(readOnly ? {} : shortcuts)}>
      <CanvasToolbar
        readOnly={readOnly}
        undo={undo}
        onAdd={add}
        selectedCount={selection.nodes.size + selection.edges.size}
        onDelete={deleteSelection}
        onAutoLayout={() => autoLayout(doc, LOCAL_ORIGIN)}
        onExport={(format) => void exportAs(format)}
        exporting={exporting}
        showOthers={showOthers}
        onShowOthers={onShowOthers}
      />
      {exportFailed ? (
        <p className="notice notice--error" role="alert">
          {t('mapCanvas.exportFailed')}
        </p>
      ) : null}
      <p className="map-canvas__hint" id="map-canvas-hint">
        {t(readOnly ? 'mapCanvas.hintReadOnly' : 'mapCanvas.hint')}
      </p>
      <div className="map-canvas__body">
        <MapFlow
          doc={doc}
          awareness={awareness}
          snapshot={snapshot}
          readOnly={readOnly}
          peers={peers}
          showOthers={showOthers}
          selection={selection}
          onSelectionChanges={applyChanges}
        />
        <aside className="map-canvas__side" aria-label={t('mapCanvas.details.region')}>
          {onlyNode ? (
            readOnly ? (
              <NodeDetailsView node={onlyNode} />
            ) : (
              <NodeDetailsPanel key={onlyNode.id} doc={doc} node={onlyNode} focusLabel={focusLabel} onFocused={onFocused} />
            )
          ) : onlyEdge && !readOnly ? (
            <EdgeDetailsPanel doc={doc} edge={onlyEdge} sourceLabel={labelOf(onlyEdge.source)} targetLabel={labelOf(onlyEdge.target)} />
          ) : (
            <p className="map-details__empty">{t(readOnly ? 'mapCanvas.details.emptyReadOnly' : 'mapCanvas.details.empty')}</p>
          )}
        </aside>
      </div>
    </div>
  );
}

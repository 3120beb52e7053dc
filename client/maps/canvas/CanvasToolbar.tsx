import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAP_STAGES, NODE_KINDS, type MapStage, type NodeKind } from '../../../shared/maps/mapTypes.ts';
import { SelectField } from '../../ui/fields.tsx';
import type { MapUndoControls } from './useMapUndo.ts';

interface CanvasToolbarProps {
  readOnly: boolean;
  undo: MapUndoControls;
  onAdd(kind: NodeKind, stage: MapStage): void;
  selectedCount: number;
  onDelete(): void;
  onAutoLayout(): void;
  onExport(format: 'svg' | 'png'): void;
  exporting: boolean;
  showOthers: boolean;
  onShowOthers(show: boolean): void;
}

/** Adding, undoing, deleting and arranging (editors only); exporting and the cursor choice (everyone). */
export function CanvasToolbar(props: CanvasToolbarProps) {
  const { readOnly, undo, onAdd, selectedCount, onDelete, onAutoLayout, onExport, exporting, showOthers, onShowOthers } = props;
  const { t } = useTranslation();
  const [kind, setKind] = useState<NodeKind>('activity');
  const [stage, setStage] = useState<MapStage>('define');
  return (
    <div className="map-toolbar">
      {readOnly ? null : (
        <>
          <div className="map-toolbar__group" role="group" aria-label={t('mapCanvas.toolbar.addGroup')}>
            <SelectField<NodeKind>
              id="map-add-kind"
              label={t('mapCanvas.toolbar.kind')}
              value={kind}
              options={NODE_KINDS.map((value) => ({ value, label: t(`maps.kinds.${value}`) }))}
              onChange={setKind}
            />
            <SelectField<MapStage>
              id="map-add-stage"
              label={t('mapCanvas.toolbar.stage')}
              value={stage}
              options={MAP_STAGES.map((value) => ({ value, label: t(`maps.stages.${value}`) }))}
              onChange={setStage}
            />
            <button type="button" className="button button--primary" onClick={() => onAdd(kind, stage)}>
              {t('mapCanvas.addNode')}
            </button>
          </div>
          <div className="map-toolbar__group" role="group" aria-label={t('mapCanvas.toolbar.editGroup')}>
            <button type="button" className="button button--secondary" disabled={!undo.canUndo} onClick={undo.undo} aria-keyshortcuts="Control+Z">
              {t('mapCanvas.toolbar.undo')}
            </button>
            <button type="button" className="button button--secondary" disabled={!undo.canRedo} onClick={undo.redo} aria-keyshortcuts="Control+Shift+Z">
              {t('mapCanvas.toolbar.redo')}
            </button>
            <button type="button" className="button button--secondary" disabled={selectedCount === 0} onClick={onDelete} aria-keyshortcuts="Delete">
              {t('mapCanvas.toolbar.delete', { count: selectedCount })}
            </button>
            <button type="button" className="button button--secondary" onClick={onAutoLayout}>
              {t('mapCanvas.toolbar.autoLayout')}
            </button>
          </div>
        </>
      )}
      <div className="map-toolbar__group" role="group" aria-label={t('mapCanvas.toolbar.exportGroup')}>
        <button type="button" className="button button--secondary" disabled={exporting} onClick={() => onExport('svg')}>
          {t('mapCanvas.toolbar.downloadSvg')}
        </button>
        <button type="button" className="button button--secondary" disabled={exporting} onClick={() => onExport('png')}>
          {t('mapCanvas.toolbar.downloadPng')}
        </button>
      </div>
      <label className="checkbox map-toolbar__toggle">
        <input type="checkbox" checked={showOthers} onChange={(event) => onShowOthers(event.target.checked)} />
        {t('mapCanvas.toolbar.showOthers')}
      </label>
    </div>
  );
}

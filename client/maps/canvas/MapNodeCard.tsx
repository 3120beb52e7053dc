import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { formatDay } from './formatDay.ts';
import type { MapFlowNode } from './mapFlowTypes.ts';

/**
 * One node on the canvas: its kind, label, status, owner and dates, with a
 * border in its stage's colour. Others who have it selected outline it in
 * their colour and are named, so a room can see who is looking at what.
 */
function MapNodeCardInner({ data, selected }: NodeProps<MapFlowNode>) {
  const { t } = useTranslation();
  const { values, selectedBy, readOnly } = data;
  // A chosen method says more in the card's one line than "Engagement method or event"; the node's name for screen readers keeps the kind.
  const kind = values.kind === 'method' && values.method ? t(`maps.methods.${values.method}`) : t(`maps.kinds.${values.kind}`);
  const dates = [values.startDate, values.endDate].filter(Boolean).map((day) => formatDay(t, day));
  const outline = selectedBy[0];
  return (
    <div
      className={`map-node map-node--${values.stage} map-node--${values.kind}${selected ? ' map-node--selected' : ''}`}
      style={outline ? { boxShadow: `0 0 0 3px ${outline.colour}` } : undefined}
    >
      <Handle type="target" position={Position.Top} isConnectable={!readOnly} className="map-node__handle" />
      <p className="map-node__kind">{kind}</p>
      <p className="map-node__label">{values.label || t('mapCanvas.untitled')}</p>
      <p className="map-node__meta">
        <span className={`map-node__status map-node__status--${values.status}`}>{t(`maps.statuses.${values.status}`)}</span>
        {values.owner ? <span>{t('mapCanvas.node.owner', { owner: values.owner })}</span> : null}
        {dates.length > 0 ? <span>{dates.join(' – ')}</span> : null}
      </p>
      {selectedBy.length > 0 ? (
        <p className="map-node__selected-by" style={{ background: outline!.colour }}>
          {t('mapCanvas.node.selectedBy', { names: selectedBy.map((person) => person.name).join(', ') })}
        </p>
      ) : null}
      <Handle type="source" position={Position.Bottom} isConnectable={!readOnly} className="map-node__handle" />
    </div>
  );
}

export const MapNodeCard = memo(MapNodeCardInner);

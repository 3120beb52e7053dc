import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { LOCAL_ORIGIN, removeEdge, setEdgeLabel } from '../../../shared/maps/mapDoc.ts';
import type { MapEdgeValues } from '../../../shared/maps/mapTypes.ts';

interface EdgeDetailsPanelProps {
  doc: Y.Doc;
  edge: MapEdgeValues;
  sourceLabel: string;
  targetLabel: string;
}

/** A selected connection: its label (written as a minimal text change, so two people's edits merge) and removal. */
export function EdgeDetailsPanel({ doc, edge, sourceLabel, targetLabel }: EdgeDetailsPanelProps) {
  const { t } = useTranslation();
  return (
    <section className="map-details" aria-labelledby="map-details-heading">
      <h2 id="map-details-heading" className="map-details__heading">
        {t('mapCanvas.edge.heading', { source: sourceLabel, target: targetLabel })}
      </h2>
      <div className="field">
        <label className="field__label" htmlFor="map-edge-label">
          {t('mapCanvas.edge.label')}
        </label>
        <input id="map-edge-label" type="text" className="field__input" value={edge.label} onChange={(event) => setEdgeLabel(doc, edge.id, event.target.value, LOCAL_ORIGIN)} />
      </div>
      <button type="button" className="button button--danger-outline" onClick={() => removeEdge(doc, edge.id, LOCAL_ORIGIN)}>
        {t('mapCanvas.edge.delete')}
      </button>
    </section>
  );
}

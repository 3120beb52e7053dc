import { useViewport } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { LANE_WIDTH, MAP_STAGES } from '../../../shared/maps/mapTypes.ts';

/**
 * The three Tool 19 stages as columns behind the nodes, with their headings.
 * Drawn in flow coordinates under React Flow's renderer (like its Background),
 * so they pan and zoom with the map but never catch a click meant for the pane.
 */
export function StageLanes({ height }: { height: number }) {
  const { t } = useTranslation();
  const { x, y, zoom } = useViewport();
  return (
    <div className="map-lanes" aria-hidden="true">
      <div className="map-lanes__inner" style={{ transform: `translate(${x}px, ${y}px) scale(${zoom})` }}>
        {MAP_STAGES.map((stage, index) => (
          <div key={stage} className={`map-lane map-lane--${stage}`} style={{ left: index * LANE_WIDTH, width: LANE_WIDTH, height }}>
            <p className="map-lane__heading">{t(`maps.stages.${stage}`)}</p>
          </div>
        ))}
      </div>
    </div>
  );
}

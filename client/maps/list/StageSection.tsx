import { useTranslation } from 'react-i18next';
import type { MapSnapshot, MapStage } from '../../../shared/maps/mapTypes.ts';
import { AddNodeForm } from './AddNodeForm.tsx';
import { listIds } from './listIds.ts';
import { NodeItem } from './NodeItem.tsx';

interface StageSectionProps {
  stage: MapStage;
  snapshot: MapSnapshot;
  readOnly: boolean;
}

/** One Tool 19 stage: its heading, its nodes in map order, and (for editors) a form to add one. */
export function StageSection({ stage, snapshot, readOnly }: StageSectionProps) {
  const { t } = useTranslation();
  const nodes = snapshot.nodes.filter((node) => node.stage === stage);
  const headingId = listIds.stageHeading(stage);
  // Where focus goes when a node is removed: the next one, else the one before, else the stage itself.
  const focusAfterRemoving = (index: number) => {
    const neighbour = nodes[index + 1] ?? nodes[index - 1];
    return neighbour ? listIds.nodeHeading(neighbour.id) : headingId;
  };
  return (
    <section className="map-list__stage" aria-labelledby={headingId}>
      {/* Focusable from script only: focus lands here when the stage's last node is removed. */}
      <h2 id={headingId} className="map-list__stage-heading" tabIndex={-1}>
        {t(`maps.stages.${stage}`)}
      </h2>
      {nodes.length === 0 ? (
        <p className="map-list__none">{t('mapList.stageEmpty')}</p>
      ) : (
        <ul className="map-list__nodes">
          {nodes.map((node, index) => (
            <NodeItem key={node.id} node={node} snapshot={snapshot} readOnly={readOnly} focusAfterRemove={focusAfterRemoving(index)} />
          ))}
        </ul>
      )}
      {readOnly ? null : <AddNodeForm stage={stage} />}
    </section>
  );
}

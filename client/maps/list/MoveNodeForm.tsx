import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCAL_ORIGIN, moveNodeToStage } from '../../../shared/maps/mapDoc.ts';
import { MAP_STAGES, type MapNodeValues, type MapStage } from '../../../shared/maps/mapTypes.ts';
import { SelectField } from '../../ui/fields.tsx';
import { useMapList } from './listContext.ts';
import { listIds } from './listIds.ts';
import { nodeName } from './nodeName.ts';

/**
 * Moves a node to another stage. A button rather than moving on change: arrow
 * keys on a closed select change its value, and a node must not jump away
 * while someone is only looking through the choices.
 */
export function MoveNodeForm({ node }: { node: MapNodeValues }) {
  const { t } = useTranslation();
  const { doc, announce, focusWhenShown } = useMapList();
  const choices = MAP_STAGES.filter((stage) => stage !== node.stage);
  const [stage, setStage] = useState<MapStage>(choices[0]!);
  const chosen = choices.includes(stage) ? stage : choices[0]!;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const label = nodeName(t, node);
    moveNodeToStage(doc, node.id, chosen, LOCAL_ORIGIN);
    // The node now lives in another section: follow it there.
    focusWhenShown(listIds.nodeHeading(node.id));
    announce((t) => t('mapList.status.moved', { label, stage: t(`maps.stages.${chosen}`) }));
  };

  return (
    <form className="map-list__move" aria-label={t('mapList.move.formLabel', { label: nodeName(t, node) })} onSubmit={submit}>
      <SelectField<MapStage>
        id={`${listIds.nodeBase(node.id)}-move`}
        label={t('mapList.move.stage')}
        value={chosen}
        options={choices.map((value) => ({ value, label: t(`maps.stages.${value}`) }))}
        onChange={setStage}
      />
      <button type="submit" className="button button--secondary">
        {t('mapList.move.submit')}
      </button>
    </form>
  );
}

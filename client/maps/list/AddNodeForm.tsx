import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addNode, LOCAL_ORIGIN } from '../../../shared/maps/mapDoc.ts';
import { NODE_KINDS, type MapStage, type NodeKind } from '../../../shared/maps/mapTypes.ts';
import { SelectField, TextField } from '../../ui/fields.tsx';
import { useMapList } from './listContext.ts';
import { listIds } from './listIds.ts';

/** Adds a node to one stage: its kind and name; the rest is filled in on the node itself. */
export function AddNodeForm({ stage }: { stage: MapStage }) {
  const { t } = useTranslation();
  const { doc, announce, focusWhenShown } = useMapList();
  const [kind, setKind] = useState<NodeKind>('activity');
  const [label, setLabel] = useState('');
  const [error, setError] = useState(false);
  const labelId = listIds.addLabel(stage);
  const stageName = t(`maps.stages.${stage}`);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const name = label.trim();
    if (!name) {
      setError(true);
      document.getElementById(labelId)?.focus();
      return;
    }
    const id = addNode(doc, { stage, kind, label: name }, LOCAL_ORIGIN);
    setLabel('');
    setError(false);
    // The new node is where the person's attention goes next: its heading, which names it.
    focusWhenShown(listIds.nodeHeading(id));
    announce((t) => t('mapList.status.added', { label: name, stage: t(`maps.stages.${stage}`) }));
  };

  return (
    <form className="map-list__add" aria-label={t('mapList.add.formLabel', { stage: stageName })} onSubmit={submit} noValidate>
      <SelectField<NodeKind>
        id={`map-list-add-${stage}-kind`}
        label={t('mapList.add.kind')}
        value={kind}
        options={NODE_KINDS.map((value) => ({ value, label: t(`maps.kinds.${value}`) }))}
        onChange={setKind}
      />
      <TextField
        id={labelId}
        label={t('mapList.add.label')}
        width="medium"
        value={label}
        error={error ? t('mapList.add.labelMissing') : undefined}
        onChange={(event) => setLabel(event.target.value)}
        autoComplete="off"
      />
      <button type="submit" className="button button--secondary">
        {t('mapList.add.submit')}
        <span className="visually-hidden"> {t('mapList.add.toStage', { stage: stageName })}</span>
      </button>
    </form>
  );
}

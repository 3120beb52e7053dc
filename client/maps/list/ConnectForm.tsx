import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { connect, LOCAL_ORIGIN } from '../../../shared/maps/mapDoc.ts';
import { MAP_STAGES, type MapNodeValues, type MapSnapshot } from '../../../shared/maps/mapTypes.ts';
import { FieldError } from '../../ui/fields.tsx';
import { useMapList } from './listContext.ts';
import { listIds } from './listIds.ts';
import { nodeName } from './nodeName.ts';

type Problem = 'missing' | 'exists';

/** Connects this node to another: which one (grouped by stage, as on the canvas) and an optional label. */
export function ConnectForm({ node, snapshot }: { node: MapNodeValues; snapshot: MapSnapshot }) {
  const { t } = useTranslation();
  const { doc, announce } = useMapList();
  const [target, setTarget] = useState('');
  const [label, setLabel] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const base = `${listIds.nodeBase(node.id)}-connect`;
  const others = snapshot.nodes.filter((other) => other.id !== node.id);
  if (others.length === 0) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const other = others.find((o) => o.id === target);
    const fail = (reason: Problem) => {
      setProblem(reason);
      document.getElementById(`${base}-target`)?.focus();
    };
    if (!other) return fail('missing');
    if (!connect(doc, node.id, other.id, label.trim() || undefined, LOCAL_ORIGIN)) return fail('exists');
    const from = nodeName(t, node);
    const to = nodeName(t, other);
    setTarget('');
    setLabel('');
    setProblem(null);
    announce((t) => t('mapList.status.connected', { from, to }));
  };

  const errorId = `${base}-error`;
  return (
    <form className="map-list__connect" aria-label={t('mapList.connect.formLabel', { label: nodeName(t, node) })} onSubmit={submit} noValidate>
      <div className={`field${problem ? ' field--error' : ''}`}>
        <label className="field__label" htmlFor={`${base}-target`}>
          {t('mapList.connect.target')}
        </label>
        {problem ? <FieldError id={errorId}>{t(`mapList.connect.${problem}`)}</FieldError> : null}
        <select
          id={`${base}-target`}
          className="field__select"
          value={target}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? errorId : undefined}
          onChange={(event) => setTarget(event.target.value)}
        >
          <option value="">{t('mapList.connect.choose')}</option>
          {MAP_STAGES.map((stage) => {
            const inStage = others.filter((o) => o.stage === stage);
            return inStage.length === 0 ? null : (
              <optgroup key={stage} label={t(`maps.stages.${stage}`)}>
                {inStage.map((o) => (
                  <option key={o.id} value={o.id}>
                    {nodeName(t, o)}
                  </option>
                ))}
              </optgroup>
            );
          })}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${base}-label`}>
          {t('mapList.connect.label')}
        </label>
        <input id={`${base}-label`} className="field__input field__input--medium" type="text" autoComplete="off" value={label} onChange={(event) => setLabel(event.target.value)} />
      </div>
      <button type="submit" className="button button--secondary">
        {t('mapList.connect.submit')}
      </button>
    </form>
  );
}

import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { LOCAL_ORIGIN, nodeText, removeNode, updateNode } from '../../../shared/maps/mapDoc.ts';
import { INVOLVED_ROLES, METHOD_KINDS, NODE_KINDS, NODE_STATUSES, type MapNodeValues, type MethodKind, type NodeKind, type NodeStatus } from '../../../shared/maps/mapTypes.ts';
import { SelectField } from '../../ui/fields.tsx';
import { MapTextField } from './MapTextField.tsx';

interface NodeDetailsPanelProps {
  doc: Y.Doc;
  node: MapNodeValues;
  /** Set when the node was just added: the label takes focus so typing can start at once. */
  focusLabel: boolean;
  onFocused(): void;
}

/** Everything about one node, edited live: text fields bound to the document, choices written on change. */
export function NodeDetailsPanel({ doc, node, focusLabel, onFocused }: NodeDetailsPanelProps) {
  const { t } = useTranslation();
  const label = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null);
  const labelText = nodeText(doc, node.id, 'label');
  const descriptionText = nodeText(doc, node.id, 'description');
  const groupsText = nodeText(doc, node.id, 'groups');
  const id = (field: string) => `map-node-${field}`;

  useEffect(() => {
    if (!focusLabel || !label.current) return;
    label.current.focus();
    label.current.select();
    onFocused();
  }, [focusLabel, onFocused, node.id]);

  const patch = (values: Parameters<typeof updateNode>[2]) => updateNode(doc, node.id, values, LOCAL_ORIGIN);
  const toggleRole = (role: (typeof INVOLVED_ROLES)[number], on: boolean) =>
    patch({ involved: on ? [...new Set([...node.involved, role])] : node.involved.filter((r) => r !== role) });

  return (
    <section className="map-details" aria-labelledby="map-details-heading">
      <h2 id="map-details-heading" className="map-details__heading">
        {t('mapCanvas.details.heading', { label: node.label || t('mapCanvas.untitled') })}
      </h2>
      {labelText ? <MapTextField key={`${node.id}-label`} ref={label} id={id('label')} label={t('mapCanvas.details.label')} ytext={labelText} /> : null}
      {descriptionText ? <MapTextField key={`${node.id}-description`} id={id('description')} label={t('mapCanvas.details.description')} ytext={descriptionText} multiline /> : null}
      <SelectField<NodeKind>
        id={id('kind')}
        label={t('mapCanvas.details.kind')}
        value={node.kind}
        options={NODE_KINDS.map((value) => ({ value, label: t(`maps.kinds.${value}`) }))}
        onChange={(kind) => patch(kind === 'method' ? { kind } : { kind, method: '' })}
      />
      {node.kind === 'method' ? (
        <SelectField<MethodKind | ''>
          id={id('method')}
          label={t('mapCanvas.details.method')}
          value={node.method}
          options={[{ value: '' as const, label: t('mapCanvas.details.methodNone') }, ...METHOD_KINDS.map((value) => ({ value, label: t(`maps.methods.${value}`) }))]}
          onChange={(method) => patch({ method })}
        />
      ) : null}
      <fieldset className="map-details__roles">
        <legend className="field__label">{t('mapCanvas.details.involved')}</legend>
        {INVOLVED_ROLES.map((role) => (
          <label key={role} className="map-check">
            <input type="checkbox" checked={node.involved.includes(role)} onChange={(event) => toggleRole(role, event.target.checked)} />
            {t(`maps.roles.${role}`)}
          </label>
        ))}
      </fieldset>
      {groupsText ? <MapTextField key={`${node.id}-groups`} id={id('groups')} label={t('mapCanvas.details.groups')} hint={t('mapCanvas.details.groupsHint')} ytext={groupsText} /> : null}
      <div className="field">
        <label className="field__label" htmlFor={id('owner')}>
          {t('mapCanvas.details.owner')}
        </label>
        <input id={id('owner')} type="text" className="field__input" value={node.owner} onChange={(event) => patch({ owner: event.target.value })} />
      </div>
      <div className="map-details__dates">
        <div className="field">
          <label className="field__label" htmlFor={id('start')}>
            {t('mapCanvas.details.startDate')}
          </label>
          <input id={id('start')} type="date" className="field__input" value={node.startDate} onChange={(event) => patch({ startDate: event.target.value })} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={id('end')}>
            {t('mapCanvas.details.endDate')}
          </label>
          <input id={id('end')} type="date" className="field__input" value={node.endDate} min={node.startDate || undefined} onChange={(event) => patch({ endDate: event.target.value })} />
        </div>
      </div>
      <SelectField<NodeStatus>
        id={id('status')}
        label={t('mapCanvas.details.status')}
        value={node.status}
        options={NODE_STATUSES.map((value) => ({ value, label: t(`maps.statuses.${value}`) }))}
        onChange={(status) => patch({ status })}
      />
      <button type="button" className="button button--danger-outline" onClick={() => removeNode(doc, node.id, LOCAL_ORIGIN)}>
        {t('mapCanvas.details.delete')}
      </button>
    </section>
  );
}

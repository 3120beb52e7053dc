import { useTranslation } from 'react-i18next';
import { LOCAL_ORIGIN, nodeText, updateNode } from '../../../shared/maps/mapDoc.ts';
import {
  INVOLVED_ROLES,
  METHOD_KINDS,
  NODE_KINDS,
  NODE_STATUSES,
  type MapNodeValues,
  type MethodKind,
  type NodeKind,
  type NodeStatus,
} from '../../../shared/maps/mapTypes.ts';
import { CollabTextField } from '../../outcomes/CollabTextField.tsx';
import { SelectField } from '../../ui/fields.tsx';
import { CommitTextInput } from './CommitTextInput.tsx';
import { useMapList } from './listContext.ts';
import { listIds } from './listIds.ts';

type TextField = 'label' | 'description' | 'groups';

/** A node's own details: name, description, kind, status, who is involved, owner and dates. */
export function NodeDetailsFields({ node }: { node: MapNodeValues }) {
  const { t } = useTranslation();
  const { doc } = useMapList();
  const base = listIds.nodeBase(node.id);
  const update = (patch: Parameters<typeof updateNode>[2]) => updateNode(doc, node.id, patch, LOCAL_ORIGIN);

  // Names and descriptions are typed into together, live, like the outcome framework's fields.
  const text = (field: TextField, options: { multiline?: boolean; hint?: string } = {}) => {
    const ytext = nodeText(doc, node.id, field);
    if (!ytext) return null;
    return (
      <CollabTextField
        id={`${base}-${field}`}
        label={t(`mapList.field.${field}`)}
        hint={options.hint}
        multiline={options.multiline}
        ytext={ytext}
        outcomeId={node.id}
        field={field}
        awareness={null}
        others={[]}
        showOthers={false}
      />
    );
  };

  const setKind = (kind: NodeKind) => update({ kind, method: kind === 'method' ? node.method || 'workshop' : '' });
  const toggleRole = (role: (typeof INVOLVED_ROLES)[number], on: boolean) =>
    update({ involved: INVOLVED_ROLES.filter((r) => (r === role ? on : node.involved.includes(r))) });

  return (
    <div className="map-list__details">
      {text('label')}
      {text('description', { multiline: true })}
      <div className="map-list__editor-row">
        <SelectField<NodeKind>
          id={`${base}-kind`}
          label={t('mapList.field.kind')}
          value={node.kind}
          options={NODE_KINDS.map((value) => ({ value, label: t(`maps.kinds.${value}`) }))}
          onChange={setKind}
        />
        {node.kind === 'method' ? (
          <SelectField<MethodKind>
            id={`${base}-method`}
            label={t('mapList.field.method')}
            value={node.method || 'workshop'}
            options={METHOD_KINDS.map((value) => ({ value, label: t(`maps.methods.${value}`) }))}
            onChange={(method) => update({ method })}
          />
        ) : null}
        <SelectField<NodeStatus>
          id={`${base}-status`}
          label={t('mapList.field.status')}
          value={node.status}
          options={NODE_STATUSES.map((value) => ({ value, label: t(`maps.statuses.${value}`) }))}
          onChange={(status) => update({ status })}
        />
      </div>
      <fieldset className="map-list__roles">
        <legend className="field__label">{t('mapList.field.involved')}</legend>
        <div className="map-list__checkboxes">
          {INVOLVED_ROLES.map((role) => (
            <label key={role} className="map-list__checkbox">
              <input type="checkbox" checked={node.involved.includes(role)} onChange={(event) => toggleRole(role, event.target.checked)} />
              {t(`maps.roles.${role}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {text('groups', { hint: t('mapList.field.groupsHint') })}
      <div className="map-list__editor-row">
        <CommitTextInput id={`${base}-owner`} label={t('mapList.field.owner')} value={node.owner} onCommit={(owner) => update({ owner })} />
        {(['startDate', 'endDate'] as const).map((field) => (
          <div key={field} className="field">
            <label className="field__label" htmlFor={`${base}-${field}`}>
              {t(`mapList.field.${field}`)}
            </label>
            <input id={`${base}-${field}`} className="field__input" type="date" value={node[field]} onChange={(event) => update({ [field]: event.target.value })} />
          </div>
        ))}
      </div>
    </div>
  );
}

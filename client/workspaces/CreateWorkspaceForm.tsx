import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createWorkspaceRequest, type CommissioningModel, type Quadrant } from '../../shared/schemas/workspace.ts';
import { createWorkspace } from '../api/endpoints.ts';
import type { WorkspaceSummary } from '../api/types.ts';
import { RadioGroup, TextField } from '../ui/fields.tsx';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { useForm } from '../ui/useForm.ts';
import { modelOptions, parseZones, quadrantOptions } from './labels.ts';

const MESSAGES = {
  name: 'errors.workspaceName',
  model: 'errors.model',
  zones: 'errors.zones',
  quadrant: 'errors.quadrant',
} as const;

/** Name, commissioning model, zones and stage of the cycle; the creator becomes its commissioner. */
export function CreateWorkspaceForm({ onCreated }: { onCreated(workspace: WorkspaceSummary): void }) {
  const { t } = useTranslation();
  const form = useForm('new-workspace', MESSAGES);
  const [name, setName] = useState('');
  const [model, setModel] = useState<CommissioningModel | ''>('');
  const [zones, setZones] = useState('');
  const [quadrant, setQuadrant] = useState<Quadrant>('analyse');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const values = { name, model: model || undefined, zones: parseZones(zones), quadrant };
    void form.submit(createWorkspaceRequest, values, async (body) => {
      const { workspace } = await createWorkspace(body);
      setName('');
      setModel('');
      setZones('');
      setQuadrant('analyse');
      onCreated(workspace);
    });
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="new-workspace-heading">
      <ErrorSummary form={form} />
      <TextField
        id={form.fieldId('name')}
        label={t('newWorkspace.name')}
        hint={t('newWorkspace.nameHint')}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={form.errors.name}
      />
      <RadioGroup<CommissioningModel>
        id={form.fieldId('model')}
        name="model"
        legend={t('newWorkspace.model')}
        hint={t('newWorkspace.modelHint')}
        options={modelOptions(t)}
        value={model}
        onChange={setModel}
        error={form.errors.model}
      />
      <TextField
        id={form.fieldId('zones')}
        label={t('newWorkspace.zones')}
        hint={t('newWorkspace.zonesHint')}
        value={zones}
        onChange={(event) => setZones(event.target.value)}
        error={form.errors.zones}
      />
      <RadioGroup<Quadrant>
        id={form.fieldId('quadrant')}
        name="quadrant"
        legend={t('newWorkspace.quadrant')}
        hint={t('newWorkspace.quadrantHint')}
        options={quadrantOptions(t)}
        value={quadrant}
        onChange={setQuadrant}
        error={form.errors.quadrant}
      />
      <button type="submit" className="button button--primary" disabled={form.submitting}>
        {t('newWorkspace.submit')}
      </button>
    </form>
  );
}

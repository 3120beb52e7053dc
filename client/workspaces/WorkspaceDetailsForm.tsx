import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { CommissioningModel, Quadrant } from '../../shared/schemas/workspace.ts';
import { RadioGroup, TextField } from '../ui/fields.tsx';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import type { FieldMessages } from '../ui/errorMessages.ts';
import { useForm } from '../ui/useForm.ts';
import { modelOptions, parseZones, quadrantOptions } from './labels.ts';

const MESSAGES: FieldMessages = {
  name: 'errors.workspaceName',
  model: 'errors.model',
  zones: 'errors.zones',
  quadrant: 'errors.quadrant',
};

/** What the fields hold, as typed: zones as one comma-separated line, no model until one is chosen. */
export interface WorkspaceDetailsDraft {
  name: string;
  model: CommissioningModel | '';
  zones: string;
  quadrant: Quadrant;
}

/** The fields as the API takes them (before the schema trims and checks them). */
interface WorkspaceDetailsValues {
  name: string;
  model: CommissioningModel | undefined;
  zones: string[];
  quadrant: Quadrant;
}

const toValues = (draft: WorkspaceDetailsDraft): WorkspaceDetailsValues => ({
  name: draft.name,
  model: draft.model || undefined,
  zones: parseZones(draft.zones),
  quadrant: draft.quadrant,
});

/** Only the fields whose value differs from `initial` (names compared as the server will store them, trimmed). */
function changedValues(draft: WorkspaceDetailsDraft, initial: WorkspaceDetailsDraft): Partial<WorkspaceDetailsValues> {
  const now = toValues(draft);
  const before = toValues(initial);
  const changes: Partial<WorkspaceDetailsValues> = {};
  if (now.name.trim() !== before.name.trim()) changes.name = now.name;
  if (now.model !== before.model) changes.model = now.model;
  if (now.zones.join('\n') !== before.zones.join('\n')) changes.zones = now.zones;
  if (now.quadrant !== before.quadrant) changes.quadrant = now.quadrant;
  return changes;
}

interface WorkspaceDetailsFormProps<S extends z.ZodType> {
  /** Prefix of the field ids (`new-workspace` → `new-workspace-name`). */
  formId: string;
  /** The id of the heading that names the form. */
  labelledBy: string;
  initial: WorkspaceDetailsDraft;
  submitLabel: string;
  /** The request's schema: the fields are checked with the server's own rules before anything is sent. */
  schema: S;
  /**
   * 'all' sends every field (creating); 'changed' only those that differ
   * from `initial` (editing: the others stay as they are on the server).
   */
  send: 'all' | 'changed';
  submit(body: z.output<S>): Promise<void>;
  /** Empty the fields again after a successful submit (ready to create another). */
  resetAfterSubmit?: boolean;
  /** With a Cancel button that calls this. */
  onCancel?(): void;
  /** Save pressed with nothing changed ('changed' only): nothing is sent. */
  onUnchanged?(): void;
}

/**
 * A workspace's name, commissioning model, zones and stage of the cycle: the
 * fields of creating one and of changing its details afterwards. Problems,
 * the client's or the server's (a 400 naming the field), appear by their field.
 */
export function WorkspaceDetailsForm<S extends z.ZodType>(props: WorkspaceDetailsFormProps<S>) {
  const { formId, labelledBy, initial, submitLabel, schema, send, submit, resetAfterSubmit, onCancel, onUnchanged } = props;
  const { t } = useTranslation();
  const form = useForm(formId, MESSAGES);
  const [draft, setDraft] = useState(initial);
  const set = <K extends keyof WorkspaceDetailsDraft>(key: K, value: WorkspaceDetailsDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const values = send === 'all' ? toValues(draft) : changedValues(draft, initial);
    if (send === 'changed' && Object.keys(values).length === 0) {
      onUnchanged?.();
      return;
    }
    void form.submit(schema, values, async (body) => {
      await submit(body);
      if (resetAfterSubmit) setDraft(initial);
    });
  };

  return (
    <form id={formId} className="form" onSubmit={onSubmit} noValidate aria-labelledby={labelledBy}>
      <ErrorSummary form={form} />
      <TextField
        id={form.fieldId('name')}
        label={t('newWorkspace.name')}
        hint={t('newWorkspace.nameHint')}
        value={draft.name}
        onChange={(event) => set('name', event.target.value)}
        error={form.errors.name}
      />
      <RadioGroup<CommissioningModel>
        id={form.fieldId('model')}
        name={form.fieldId('model')}
        legend={t('newWorkspace.model')}
        hint={t('newWorkspace.modelHint')}
        options={modelOptions(t)}
        value={draft.model}
        onChange={(model) => set('model', model)}
        error={form.errors.model}
      />
      <TextField
        id={form.fieldId('zones')}
        label={t('newWorkspace.zones')}
        hint={t('newWorkspace.zonesHint')}
        value={draft.zones}
        onChange={(event) => set('zones', event.target.value)}
        error={form.errors.zones}
      />
      <RadioGroup<Quadrant>
        id={form.fieldId('quadrant')}
        name={form.fieldId('quadrant')}
        legend={t('newWorkspace.quadrant')}
        hint={t('newWorkspace.quadrantHint')}
        options={quadrantOptions(t)}
        value={draft.quadrant}
        onChange={(quadrant) => set('quadrant', quadrant)}
        error={form.errors.quadrant}
      />
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            {t('forms.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

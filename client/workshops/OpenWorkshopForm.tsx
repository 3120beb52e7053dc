import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { openWorkshopRequest } from '../../shared/schemas/membership.ts';
import { openWorkshop } from '../api/endpoints.ts';
import type { Workshop } from '../api/types.ts';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { SelectField, TextField } from '../ui/fields.tsx';
import { useForm } from '../ui/useForm.ts';
import { DEFAULT_DURATION, DURATIONS, durationLabel } from './duration.ts';

const MESSAGES = { title: 'errors.workshopTitle', durationMinutes: 'errors.duration' } as const;

/** A commissioner opens a workshop: a title, and how long its code should work. */
export function OpenWorkshopForm({ workspaceId, onOpened }: { workspaceId: string; onOpened(workshop: Workshop): void }) {
  const { t } = useTranslation();
  const form = useForm('new-workshop', MESSAGES);
  const [title, setTitle] = useState('');
  const [duration, setDuration] = useState(String(DEFAULT_DURATION));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(openWorkshopRequest, { title, durationMinutes: Number(duration) }, async (body) => {
      const { workshop } = await openWorkshop(workspaceId, body);
      setTitle('');
      onOpened(workshop);
    });
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="open-workshop-heading">
      <h3 id="open-workshop-heading">{t('workshops.openHeading')}</h3>
      <ErrorSummary form={form} />
      <TextField
        id={form.fieldId('title')}
        label={t('workshops.title')}
        hint={t('workshops.titleHint')}
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        error={form.errors.title}
      />
      <SelectField
        id={form.fieldId('durationMinutes')}
        label={t('workshops.duration')}
        hint={t('workshops.durationHint')}
        options={DURATIONS.map((minutes) => ({ value: String(minutes), label: durationLabel(t, minutes) }))}
        value={duration}
        onChange={setDuration}
        error={form.errors.durationMinutes}
      />
      <button type="submit" className="button button--primary" disabled={form.submitting}>
        {t('workshops.open')}
      </button>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createArtefactRequest } from '../../shared/schemas/workspace.ts';
import { createArtefact } from '../api/endpoints.ts';
import { RadioGroup, TextField } from '../ui/fields.tsx';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { useForm } from '../ui/useForm.ts';

type NewKind = 'map' | 'specification';
const MESSAGES = { kind: 'errors.artefactKind', title: 'errors.artefactTitle' } as const;

/** A commissioner adds a process map or a specification (the outcome framework comes with the workspace). */
export function AddArtefactForm({ workspaceId, onAdded }: { workspaceId: string; onAdded(title: string): Promise<void> }) {
  const { t } = useTranslation();
  const form = useForm('new-artefact', MESSAGES);
  const [kind, setKind] = useState<NewKind | ''>('');
  const [title, setTitle] = useState('');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(createArtefactRequest, { kind: kind || undefined, title }, async (body) => {
      const { artefact } = await createArtefact(workspaceId, body);
      setKind('');
      setTitle('');
      await onAdded(artefact.title);
    });
  };

  return (
    <form className="form form--boxed" onSubmit={onSubmit} noValidate aria-labelledby="new-artefact-heading">
      <h3 id="new-artefact-heading">{t('artefacts.addHeading')}</h3>
      <ErrorSummary form={form} />
      <RadioGroup<NewKind>
        id={form.fieldId('kind')}
        name="artefact-kind"
        legend={t('artefacts.kind')}
        options={[
          { value: 'map', label: t('kinds.map'), hint: t('artefacts.mapHint') },
          { value: 'specification', label: t('kinds.specification'), hint: t('artefacts.specificationHint') },
        ]}
        value={kind}
        onChange={setKind}
        error={form.errors.kind}
      />
      <TextField
        id={form.fieldId('title')}
        label={t('artefacts.title')}
        hint={t('artefacts.titleHint')}
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        error={form.errors.title}
      />
      <button type="submit" className="button button--primary" disabled={form.submitting}>
        {t('artefacts.add')}
      </button>
    </form>
  );
}

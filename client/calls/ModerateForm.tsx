import { TextAreaField } from '../ui/fields.tsx';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { moderateRequest } from '../../shared/schemas/contributions.ts';
import { moderate, type Contribution } from './callApi.ts';
import { FormProblem } from './FormProblem.tsx';
import { useCallForm } from './useCallForm.ts';

interface Props {
  contribution: Contribution;
  onDone(updated: Contribution | null): void;
}

/** Hides a shown contribution, or restores a hidden one, with a reason its author will read (and the audit log keeps). */
export function ModerateForm({ contribution, onDone }: Props) {
  const { t } = useTranslation();
  const form = useCallForm(`moderate-${contribution.id}`, 'reason');
  const [reason, setReason] = useState('');
  const decision = contribution.hidden ? 'restore' : 'hide';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(moderateRequest, { decision, reason }, async (parsed) => {
      onDone((await moderate(contribution.id, parsed)).contribution);
    });
  };

  return (
    <form className="call-manage__form" onSubmit={submit} noValidate onKeyDown={(event) => event.key === 'Escape' && onDone(null)}>
      <FormProblem form={form} />
      <TextAreaField id={form.fieldId('reason')} label={t('calls.manage.reason')} error={form.errorFor('reason')} rows={2} value={reason} onChange={(event) => setReason(event.target.value)} />
      <div className="button-row">
        <button type="submit" className={`button button--small ${decision === 'hide' ? 'button--danger' : 'button--primary'}`} disabled={form.busy}>
          {decision === 'hide' ? t('calls.manage.hideSubmit') : t('calls.manage.restoreSubmit')}
        </button>
        <button type="button" className="button button--small" onClick={() => onDone(null)}>
          {t('calls.manage.cancel')}
        </button>
      </div>
    </form>
  );
}

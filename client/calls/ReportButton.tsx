import { TextAreaField } from '../ui/fields.tsx';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { reportRequest } from '../../shared/schemas/contributions.ts';
import { report } from './callApi.ts';
import { FormProblem } from './FormProblem.tsx';
import { useCallForm } from './useCallForm.ts';

/**
 * "Report", opening a small modal dialog for the reason; "Reported" once sent
 * (one report per person counts, so there is nothing more to press).
 */
export function ReportButton({ contributionId, reported, onReported }: { contributionId: string; reported: boolean; onReported(): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const form = useCallForm(`report-${contributionId}`, 'reason');
  const [reason, setReason] = useState('');

  useEffect(() => {
    const element = dialog.current;
    if (!open || !element || element.open) return;
    element.showModal();
    document.getElementById(form.fieldId('reason'))?.focus();
  }, [open, form.fieldId]);

  const close = () => {
    dialog.current?.close();
    setOpen(false);
    form.clear();
    // Focus goes back where it came from: the button, or what replaced it ("Reported").
    requestAnimationFrame(() => opener.current?.focus());
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(reportRequest, { reason }, async (parsed) => {
      await report(contributionId, parsed.reason);
      setReason('');
      onReported();
      close();
    });
  };

  return (
    <>
      <button
        type="button"
        ref={opener}
        className="button button--small button--secondary"
        aria-disabled={reported || undefined}
        aria-haspopup={reported ? undefined : 'dialog'}
        // Still focusable once reported, so focus coming back from the dialog lands on it.
        onClick={() => !reported && setOpen(true)}
      >
        {reported ? t('calls.item.reported') : t('calls.item.report')}
      </button>
      <dialog
        ref={dialog}
        className="dialog"
        aria-labelledby={`${form.fieldId('reason')}-title`}
        onCancel={(event) => {
          event.preventDefault();
          close();
        }}
      >
        {open ? (
          <form className="call-report" onSubmit={submit} noValidate>
            <h2 id={`${form.fieldId('reason')}-title`} className="dialog__title">
              {t('calls.report.title')}
            </h2>
            <p>{t('calls.report.lead')}</p>
            <FormProblem form={form} />
            <TextAreaField id={form.fieldId('reason')} label={t('calls.report.reason')} error={form.errorFor('reason')} rows={3} value={reason} onChange={(event) => setReason(event.target.value)} />
            <div className="button-row">
              <button type="submit" className="button button--primary" disabled={form.busy}>
                {t('calls.report.send')}
              </button>
              <button type="button" className="button" onClick={close}>
                {t('forms.cancel')}
              </button>
            </div>
          </form>
        ) : null}
      </dialog>
    </>
  );
}

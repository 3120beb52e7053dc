import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost, type ApiError } from '../../api/apiClient.ts';
import { apiErrorMessage } from '../../ui/errorMessages.ts';
import { FieldError, RadioGroup } from '../../ui/fields.tsx';
import type { Thread, ThreadOutcomeKind as Outcome } from './commentsApi.ts';

const OUTCOMES: Outcome[] = ['changed', 'not_changed', 'already_covered'];

/**
 * “You said, we did”: what became of a thread, shown to everyone who sees the
 * thread; commissioners record it (also after the close date) with a reason.
 */
export function ThreadOutcome({ artefactId, thread, isCommissioner, onChanged }: { artefactId: string; thread: Thread; isCommissioner: boolean; onChanged: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const recorded = thread.outcome;
  const [editing, setEditing] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ outcome?: string; reason?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  // After saving or cancelling, focus goes back to the button that opened the form, not to the page's top.
  const toggle = useRef<HTMLButtonElement>(null);
  const [returnFocus, setReturnFocus] = useState(false);
  useEffect(() => {
    if (!editing && returnFocus) {
      toggle.current?.focus();
      setReturnFocus(false);
    }
  }, [editing, returnFocus]);
  const stopEditing = () => {
    setEditing(false);
    setReturnFocus(true);
  };

  const startEditing = () => {
    setOutcome(recorded?.outcome ?? '');
    setReason(recorded?.reason ?? '');
    setErrors({});
    setEditing(true);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: typeof errors = {};
    if (!outcome) found.outcome = t('threadOutcome.errors.outcome');
    if (!reason.trim()) found.reason = t('threadOutcome.errors.reason');
    setErrors(found);
    if (found.outcome || found.reason || !outcome) {
      document.getElementById(found.outcome ? `${id}-outcome` : `${id}-reason`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await apiPost(`/api/artefacts/${encodeURIComponent(artefactId)}/threads/${encodeURIComponent(thread.id)}/outcome`, { outcome, reason: reason.trim() });
      stopEditing();
      setStatus(t('threadOutcome.saved'));
      onChanged();
    } catch (caught) {
      setErrors({ form: apiErrorMessage(t, caught as ApiError) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="spec-thread__outcome">
      {recorded ? (
        <div className="spec-thread__outcome-record">
          <p className="spec-thread__outcome-label">
            <strong>{t('threadOutcome.weDid')}</strong> {t(`threadOutcome.outcomes.${recorded.outcome}`)}
          </p>
          <p className="spec-thread__outcome-reason">{recorded.reason}</p>
        </div>
      ) : null}
      {isCommissioner ? (
        <>
          <p role="status" className="spec-comments__message">
            {status}
          </p>
          {editing ? (
            <form onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && stopEditing()} noValidate>
              <RadioGroup<Outcome>
                id={`${id}-outcome`}
                name={`${id}-outcome`}
                legend={t('threadOutcome.legend')}
                error={errors.outcome}
                value={outcome}
                onChange={setOutcome}
                options={OUTCOMES.map((value) => ({ value, label: t(`threadOutcome.outcomes.${value}`) }))}
              />
              <div className={`field${errors.reason ? ' field--error' : ''}`}>
                <label className="field__label" htmlFor={`${id}-reason`}>
                  {t('threadOutcome.reason')}
                </label>
                {errors.reason ? <FieldError id={`${id}-reason-error`}>{errors.reason}</FieldError> : null}
                <textarea
                  id={`${id}-reason`}
                  className="field__textarea spec-comments__textarea"
                  value={reason}
                  aria-invalid={errors.reason ? true : undefined}
                  aria-describedby={errors.reason ? `${id}-reason-error` : undefined}
                  onChange={(event) => setReason(event.target.value)}
                />
              </div>
              {errors.form ? (
                <p className="field__error" role="alert">
                  {errors.form}
                </p>
              ) : null}
              <div className="spec-thread__actions">
                <button type="submit" className="button button--small" disabled={busy}>
                  {t('threadOutcome.save')}
                </button>
                <button type="button" className="button button--small button--secondary" onClick={stopEditing}>
                  {t('specComments.cancel')}
                </button>
              </div>
            </form>
          ) : (
            <div className="spec-thread__actions">
              <button ref={toggle} type="button" className="button button--small button--secondary" onClick={startEditing}>
                {t(recorded ? 'threadOutcome.change' : 'threadOutcome.record')}
              </button>
            </div>
          )}
        </>
      ) : null}
    </div>
  );
}

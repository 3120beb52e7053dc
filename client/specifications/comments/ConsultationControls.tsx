import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost, type ApiError } from '../../api/apiClient.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { apiErrorMessage } from '../../ui/errorMessages.ts';
import { RadioGroup, TextField } from '../../ui/fields.tsx';
import type { Consultation } from './commentsApi.ts';

type Visibility = 'open' | 'confidential';

const base = (artefactId: string) => `/api/artefacts/${encodeURIComponent(artefactId)}/consultations`;

/** The end of the chosen day, local time, as the server's ISO instant. */
function endOfDay(date: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const at = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 23, 59, 0);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
}

/**
 * For commissioners: open a consultation (close date, open or confidential),
 * or close the running one early. The panel refreshes over its live stream;
 * `onChanged` refetches at once too.
 */
export function ConsultationControls({ artefactId, consultation, onChanged }: { artefactId: string; consultation: Consultation | null; onChanged: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [closesOn, setClosesOn] = useState('');
  const [visibility, setVisibility] = useState<Visibility | ''>('');
  const [errors, setErrors] = useState<{ closesOn?: string; visibility?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const running = consultation?.state === 'open' || consultation?.state === 'scheduled';

  const open = async (event: FormEvent) => {
    event.preventDefault();
    const closesAt = endOfDay(closesOn);
    const found: typeof errors = {};
    if (!closesAt) found.closesOn = t('consultationControls.errors.closesOn');
    else if (Date.parse(closesAt) <= Date.now()) found.closesOn = t('consultationControls.errors.closesOnPast');
    if (!visibility) found.visibility = t('consultationControls.errors.visibility');
    setErrors(found);
    if (found.closesOn || found.visibility || !closesAt || !visibility) {
      document.getElementById(found.closesOn ? `${id}-closes` : `${id}-visibility`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await apiPost(base(artefactId), { closesAt, visibility });
      setStatus(t('consultationControls.opened'));
      setClosesOn('');
      setVisibility('');
      onChanged();
    } catch (caught) {
      setErrors({ form: apiErrorMessage(t, caught as ApiError) });
    } finally {
      setBusy(false);
    }
  };

  const close = async () => {
    setBusy(true);
    try {
      await apiPost(`${base(artefactId)}/close`);
      setStatus(t('consultationControls.closedNow'));
      onChanged();
    } catch (caught) {
      setStatus(apiErrorMessage(t, caught as ApiError));
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <section className="spec-consultation" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('consultationControls.heading')}</h3>
      <p role="status" className="spec-comments__message">
        {status}
      </p>
      {running ? (
        <>
          <button type="button" className="button button--small button--secondary" onClick={() => setConfirming(true)}>
            {t('consultationControls.close')}
          </button>
          <ConfirmDialog
            open={confirming}
            title={t('consultationControls.confirmTitle')}
            confirmLabel={t('consultationControls.confirm')}
            destructive
            busy={busy}
            onConfirm={() => void close()}
            onCancel={() => setConfirming(false)}
          >
            <p>{t('consultationControls.confirmBody')}</p>
          </ConfirmDialog>
        </>
      ) : (
        <form onSubmit={open} noValidate>
          <TextField
            id={`${id}-closes`}
            type="date"
            width="medium"
            label={t('consultationControls.closesOn')}
            hint={t('consultationControls.closesOnHint')}
            error={errors.closesOn}
            value={closesOn}
            onChange={(event) => setClosesOn(event.target.value)}
          />
          <RadioGroup<Visibility>
            id={`${id}-visibility`}
            name={`${id}-visibility`}
            legend={t('consultationControls.visibility')}
            error={errors.visibility}
            value={visibility}
            onChange={setVisibility}
            options={[
              { value: 'open', label: t('consultationControls.open'), hint: t('consultationControls.openHint') },
              { value: 'confidential', label: t('consultationControls.confidential'), hint: t('consultationControls.confidentialHint') },
            ]}
          />
          {errors.form ? (
            <p className="field__error" role="alert">
              {errors.form}
            </p>
          ) : null}
          <button type="submit" className="button button--small" disabled={busy}>
            {t('consultationControls.submit')}
          </button>
        </form>
      )}
    </section>
  );
}

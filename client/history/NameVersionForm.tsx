import { useLayoutEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { VERSION_LABEL_MAX_LENGTH } from '../../shared/schemas/versions.ts';
import { ApiError } from '../api/apiClient.ts';
import { TextField } from '../ui/fields.tsx';
import { apiErrorMessage } from '../ui/errorMessages.ts';
import { nameVersion, type Version } from './historyApi.ts';

/** Kept untranslated, so switching language translates a problem already shown. */
type Problem = (t: TFunction) => string;

const LABEL_ID = 'name-version-label';

/** People with edit access keep the document as it is now under a name ("Draft issued to providers v0.3"). */
export function NameVersionForm({ artefactId, onNamed }: { artefactId: string; onNamed(version: Version): Promise<void> }) {
  const { t } = useTranslation();
  const [label, setLabel] = useState('');
  const [fieldProblem, setFieldProblem] = useState<Problem | null>(null);
  const [formProblem, setFormProblem] = useState<Problem | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [refusals, setRefusals] = useState(0);

  // After the error renders: it is tied to the field (aria-describedby), so focus there reads it out.
  useLayoutEffect(() => {
    if (refusals > 0) document.getElementById(LABEL_ID)?.focus();
  }, [refusals]);

  const refuse = (problem: Problem) => {
    setFieldProblem(() => problem);
    setRefusals((n) => n + 1);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = label.trim();
    setFormProblem(null);
    if (!trimmed) return refuse((tr) => tr('history.name.missing'));
    if (trimmed.length > VERSION_LABEL_MAX_LENGTH) return refuse((tr) => tr('history.name.tooLong'));
    setSubmitting(true);
    try {
      const { version } = await nameVersion(artefactId, trimmed);
      setLabel('');
      setFieldProblem(null);
      await onNamed(version);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.field === 'label') refuse((tr) => tr('history.name.missing'));
      else setFormProblem(() => (tr: TFunction) => apiErrorMessage(tr, error));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <form className="form form--boxed history__form" onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="name-version-heading">
      <h2 id="name-version-heading">{t('history.name.heading')}</h2>
      <div role="alert" className={formProblem ? 'form-alerts error-summary' : 'form-alerts'}>
        {formProblem ? <p className="error-summary__general">{formProblem(t)}</p> : null}
      </div>
      <TextField
        id={LABEL_ID}
        label={t('history.name.label')}
        hint={t('history.name.hint')}
        value={label}
        maxLength={VERSION_LABEL_MAX_LENGTH + 50}
        onChange={(event) => setLabel(event.target.value)}
        error={fieldProblem ? fieldProblem(t) : undefined}
        autoComplete="off"
      />
      <button type="submit" className="button button--primary" disabled={submitting}>
        {t('history.name.submit')}
      </button>
    </form>
  );
}

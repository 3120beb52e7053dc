import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormState } from './useForm.ts';

/**
 * The form's problems, read out as soon as they appear (role="alert"), each
 * a link to its field. The region is always in the page, so the announcement
 * is reliable; it is empty while there is nothing to say.
 */
export function ErrorSummary({ form, id }: { form: FormState; id?: string }) {
  const { t } = useTranslation();
  const entries = Object.entries(form.errors).filter((entry): entry is [string, string] => Boolean(entry[1]));
  const hasProblems = entries.length > 0 || form.formError !== null;
  const focusField = (event: MouseEvent<HTMLAnchorElement>, name: string) => {
    event.preventDefault();
    document.getElementById(form.fieldId(name))?.focus();
  };
  return (
    <div role="alert" id={id} className={hasProblems ? 'form-alerts error-summary' : 'form-alerts'}>
      {hasProblems ? (
        <>
          <p className="error-summary__title">{t('forms.problem')}</p>
          {form.formError ? (
            <p className="error-summary__general">
              {form.formError}
            </p>
          ) : null}
          {entries.length > 0 ? (
            <ul className="error-summary__list">
              {entries.map(([name, message]) => (
                <li key={name}>
                  <a href={`#${form.fieldId(name)}`} onClick={(event) => focusField(event, name)}>
                    {message}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

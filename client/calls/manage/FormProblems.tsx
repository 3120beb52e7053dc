import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

export type Problems = Partial<Record<string, string>> & { form?: string };

/**
 * The form's problems, read out as they appear (role="alert", always in the
 * page so the announcement is reliable), each a link to its field — as the
 * app's ErrorSummary does for forms whose messages live in the core strings.
 */
export function FormProblems({ problems, fieldId }: { problems: Problems; fieldId: (name: string) => string }) {
  const { t } = useTranslation();
  const entries = Object.entries(problems).filter((entry): entry is [string, string] => entry[0] !== 'form' && Boolean(entry[1]));
  const any = entries.length > 0 || Boolean(problems.form);
  const focus = (event: MouseEvent<HTMLAnchorElement>, name: string) => {
    event.preventDefault();
    document.getElementById(fieldId(name))?.focus();
  };
  return (
    <div role="alert" className={any ? 'form-alerts error-summary' : 'form-alerts'}>
      {any ? (
        <>
          <p className="error-summary__title">{t('forms.problem')}</p>
          {problems.form ? <p className="error-summary__general">{problems.form}</p> : null}
          {entries.length > 0 ? (
            <ul className="error-summary__list">
              {entries.map(([name, message]) => (
                <li key={name}>
                  <a href={`#${fieldId(name)}`} onClick={(event) => focus(event, name)}>
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

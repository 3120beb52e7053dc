import { useTranslation } from 'react-i18next';
import { fieldLabel, fieldValue, type EntryKind } from './fieldWords.ts';
import type { EntryChange } from './historyApi.ts';

interface EntryChangesProps {
  entry: EntryKind;
  changes: EntryChange[];
  /** The level of each entry's heading, under the section it sits in. */
  level: 3 | 4;
  /** A name for an entry with no title of its own (a connection: "Survey → Drop-in"). */
  describe?: (change: EntryChange) => string | null;
  /** A map item's name from its id, for a connection's ends. */
  nameOf?: (id: string) => string | null;
}

/** Outcomes, map items or connections added, removed or changed; for changes, a table of each field before and after. */
export function EntryChanges({ entry, changes, level, describe, nameOf }: EntryChangesProps) {
  const { t } = useTranslation();
  if (changes.length === 0) return <p>{t('history.compare.noEntries')}</p>;
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <ul className="entry-changes">
      {changes.map((change) => {
        const title = change.title || describe?.(change) || t('history.compare.untitled');
        return (
          <li key={`${change.change}-${change.id}`} className={`entry-change entry-change--${change.change}`}>
            <Heading className="entry-change__heading">
              <span className={`history-tag history-tag--${change.change}`}>{t(`history.compare.change.${change.change}`)}</span>{' '}
              {title}
            </Heading>
            {change.fields.length > 0 ? (
              <table className="entry-change__fields">
                <caption className="visually-hidden">{title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('history.compare.field')}</th>
                    <th scope="col">{t('history.compare.before')}</th>
                    <th scope="col">{t('history.compare.after')}</th>
                  </tr>
                </thead>
                <tbody>
                  {change.fields.map((field) => (
                    <tr key={field.field}>
                      <th scope="row">{fieldLabel(t, entry, field.field)}</th>
                      <td>{fieldValue(t, entry, field.field, field.before, nameOf)}</td>
                      <td>{fieldValue(t, entry, field.field, field.after, nameOf)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

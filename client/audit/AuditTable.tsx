import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../ui/formatDate.ts';
import type { AuditEvent } from './auditApi.ts';
import type { AuditNames } from './auditNames.ts';
import { actorName, describeEvent } from './describeEvent.ts';

interface Props {
  events: readonly AuditEvent[];
  names: AuditNames;
  /** The entry "Check the record" found broken, marked in its row. */
  brokenSeq: number | null;
  /** The table takes focus when "Load more" goes away under the keyboard. */
  tableRef: Ref<HTMLDivElement>;
}

/** The entries, oldest first: number, when, who, what happened in words, and the start of the seal. */
export function AuditTable({ events, names, brokenSeq, tableRef }: Props) {
  const { t } = useTranslation();
  return (
    // A region that can take focus: a narrow screen scrolls the table sideways, by keyboard too.
    <div ref={tableRef} className="audit-table__scroll" role="region" aria-label={t('audit.table.caption')} tabIndex={0}>
      {/* Explicit roles: narrow screens lay the rows out as cards, and CSS display must not take the table away from screen readers. */}
      <table className="audit-table" role="table">
        <caption className="visually-hidden">{t('audit.table.caption')}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">{t('audit.table.entry')}</th>
            <th scope="col" role="columnheader">{t('audit.table.when')}</th>
            <th scope="col" role="columnheader">{t('audit.table.who')}</th>
            <th scope="col" role="columnheader">{t('audit.table.what')}</th>
            <th scope="col" role="columnheader">{t('audit.table.seal')}</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {events.map((event) => {
            const broken = event.seq === brokenSeq;
            return (
              <tr key={event.seq} role="row" id={`audit-entry-${event.seq}`} className={broken ? 'audit-table__row--broken' : undefined}>
                <th scope="row" role="rowheader">{event.seq}</th>
                <td role="cell">
                  <time dateTime={event.at}>{formatDate(t, event.at)}</time>
                </td>
                <td role="cell">{actorName(t, event, names)}</td>
                <td role="cell">
                  {describeEvent(t, event, names)}
                  {broken ? <strong className="audit-table__broken">{t('audit.table.brokenHere')}</strong> : null}
                </td>
                <td role="cell" className="audit-table__seal" data-label={t('audit.table.seal')}>
                  {/* The first characters are enough to compare with a bundle; the whole seal is in it. */}
                  <code title={event.hash}>{event.hash.slice(0, 12)}</code>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

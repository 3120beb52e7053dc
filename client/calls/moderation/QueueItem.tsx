import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/apiClient.ts';
import { apiErrorMessage } from '../../ui/errorMessages.ts';
import { FieldError } from '../../ui/fields.tsx';
import { formatDate } from '../../ui/formatDate.ts';
import { moderate, type QueueEntry } from '../manage/callsManageApi.ts';

export type Decision = 'hide' | 'restore' | 'keep';

interface QueueItemProps {
  entry: QueueEntry;
  /** The statement of the outcome it is about, when the call still asks about it. */
  outcome: string | null;
  onDecided(decision: Decision): void;
}

/** One contribution waiting for a commissioner: what it says, why it was reported, and the decision with its reason. */
export function QueueItem({ entry, outcome, onDecided }: QueueItemProps) {
  const { t } = useTranslation();
  const id = useId();
  const { contribution, reports } = entry;
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reasonId = `${id}-reason`;
  const hidden = contribution.hidden;

  const decide = async (event: FormEvent<HTMLFormElement>, decision: Decision) => {
    event.preventDefault();
    if (!reason.trim()) {
      setProblem(t('callsManage.moderation.reasonMissing'));
      document.getElementById(reasonId)?.focus();
      return;
    }
    setBusy(true);
    try {
      // Keeping a reported contribution showing is a restore: its reports are dealt with, and it stays visible.
      await moderate(contribution.id, { decision: decision === 'hide' ? 'hide' : 'restore', reason: reason.trim() });
      setProblem(null);
      onDecided(decision);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setProblem(apiErrorMessage(t, error));
    } finally {
      setBusy(false);
    }
  };

  // Which button submitted: the form's submit event carries it.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    void decide(event, (submitter?.value as Decision | undefined) ?? (hidden ? 'restore' : 'hide'));
  };

  const headingId = `${id}-heading`;
  return (
    <li className="moderation-item">
      <article aria-labelledby={headingId}>
        <h3 id={headingId} className="moderation-item__heading">
          {t('callsManage.moderation.item', { kind: t(`callsManage.kind.${contribution.kind}`), name: contribution.author?.name ?? t('callsManage.moderation.someone') })}
        </h3>
        <p className="moderation-item__state">
          {hidden === null
            ? t('callsManage.moderation.reported')
            : hidden.byReports
              ? t('callsManage.moderation.byReports')
              : t('callsManage.moderation.hidden', { reason: hidden.reason ?? '' })}
        </p>
        <p className="moderation-item__facts">
          {t('callsManage.moderation.posted', { date: formatDate(t, contribution.createdAt) })}
          {outcome ? <> · {t('callsManage.moderation.about', { outcome })}</> : null}
          {contribution.zone ? <> · {t('callsManage.moderation.zone', { zone: contribution.zone })}</> : null}
        </p>
        <blockquote className="moderation-item__body">{contribution.body}</blockquote>
        {reports.length > 0 ? (
          <>
            <h4>{t('callsManage.moderation.reports', { count: reports.length })}</h4>
            <ul className="moderation-item__reports">
              {[...reports].sort((a, b) => a.at.localeCompare(b.at)).map((report, index) => (
                <li key={index}>
                  <q>{report.reason}</q> <span className="moderation-item__when">({formatDate(t, report.at)})</span>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <form className="moderation-item__form" onSubmit={onSubmit} noValidate>
          <div className={`field${problem ? ' field--error' : ''}`}>
            <label className="field__label" htmlFor={reasonId}>
              {t('callsManage.moderation.reason')}
            </label>
            <p id={`${reasonId}-hint`} className="field__hint">
              {t('callsManage.moderation.reasonHint')}
            </p>
            {problem ? <FieldError id={`${reasonId}-error`}>{problem}</FieldError> : null}
            <textarea
              id={reasonId}
              className="field__textarea moderation-item__reason"
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              aria-invalid={problem ? true : undefined}
              aria-describedby={`${reasonId}-hint${problem ? ` ${reasonId}-error` : ''}`}
            />
          </div>
          <div className="button-row">
            {hidden ? (
              <>
                <button type="submit" value="restore" className="button button--primary" disabled={busy}>
                  {t('callsManage.moderation.restore')}
                </button>
                {/* Hidden by reports alone: confirming it gives the author a reason instead of "reported". */}
                {hidden.byReports ? (
                  <button type="submit" value="hide" className="button" disabled={busy}>
                    {t('callsManage.moderation.keepHidden')}
                  </button>
                ) : null}
              </>
            ) : (
              <>
                <button type="submit" value="hide" className="button button--danger" disabled={busy}>
                  {t('callsManage.moderation.hide')}
                </button>
                <button type="submit" value="keep" className="button" disabled={busy}>
                  {t('callsManage.moderation.keep')}
                </button>
              </>
            )}
          </div>
        </form>
      </article>
    </li>
  );
}

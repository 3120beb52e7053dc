import { useTranslation } from 'react-i18next';
import { Link } from '../routing/Link.tsx';
import { paths } from '../routing/routes.ts';
import { formatDate } from '../ui/formatDate.ts';
import type { CallView, Contribution } from './callApi.ts';
import { Comments } from './Comments.tsx';
import { ManageTools } from './ManageTools.tsx';
import { ReportButton } from './ReportButton.tsx';
import { SupportButton } from './SupportButton.tsx';
import type { Abilities } from './abilities.ts';

interface Props {
  contribution: Contribution;
  view: CallView;
  can: Abilities;
  onChanged(contribution: Contribution): void;
}

/** One contribution: what it says and who said it, its supports, answer, place in the framework, comments, and what the viewer may do with it. */
export function ContributionItem({ contribution, view, can, onChanged }: Props) {
  const { t } = useTranslation();
  const kind = t(`calls.kinds.${contribution.kind}`);
  const name = contribution.author?.name ?? t('calls.item.someone');
  const mine = view.viewer !== null && contribution.author?.id === view.viewer.userId;
  const headingId = `contribution-${contribution.id}`;
  const { hidden, answer, promoted } = contribution;

  return (
    <article className={`call-item${hidden ? ' call-item--hidden' : ''}`} aria-labelledby={headingId}>
      <h4 id={headingId} className="call-item__heading">
        {t('calls.item.label', { kind, name })}
      </h4>
      <p className="call-item__facts">
        {formatDate(t, contribution.createdAt)}
        {contribution.zone ? ` · ${t('calls.item.zone', { zone: contribution.zone })}` : null}
      </p>
      {hidden ? (
        <p className="notice call-item__hidden">{hidden.reason ? t('calls.hidden.byCommissioner', { reason: hidden.reason }) : t('calls.hidden.byReports')}</p>
      ) : null}
      <p className="call-text">{contribution.body}</p>

      <div className="call-item__actions">
        <p className="call-item__supports">{t('calls.item.supports', { count: contribution.supports })}</p>
        {can.support && !mine ? <SupportButton contribution={contribution} onChanged={onChanged} /> : null}
        {can.report && !mine && !hidden ? <ReportButton contributionId={contribution.id} reported={contribution.reportedByMe} onReported={() => onChanged({ ...contribution, reportedByMe: true })} /> : null}
      </div>

      {answer ? (
        // Not a named region, like the comments: each answered contribution has one with the same heading.
        <section className={`call-answer call-answer--${answer.answer}`}>
          <h5 id={`${headingId}-answer`}>
            {t('calls.answer.heading')}: {t(`calls.answer.${answer.answer}`)}
          </h5>
          <p className="call-text">{answer.response}</p>
          {answer.by && answer.at ? <p className="call-answer__by">{t('calls.answer.by', { name: answer.by.name ?? t('calls.item.someone'), date: formatDate(t, answer.at) })}</p> : null}
        </section>
      ) : null}

      {promoted ? (
        <p className="call-promoted">
          <strong>{promoted.as === 'outcome' ? t('calls.promoted.outcome') : t('calls.promoted.indicator')}</strong>
          {view.viewer ? (
            <>
              {' '}
              <Link to={paths.outcomes(view.call.workspaceId)}>{t('calls.promoted.link')}</Link>
            </>
          ) : null}
        </p>
      ) : null}

      {can.moderate ? <ManageTools contribution={contribution} outcomes={view.outcomes} onChanged={onChanged} /> : null}
      <Comments contribution={contribution} canComment={can.comment && !hidden} onChanged={onChanged} />
    </article>
  );
}

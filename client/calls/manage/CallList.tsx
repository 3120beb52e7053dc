import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../routing/Link.tsx';
import { paths } from '../../routing/routes.ts';
import { formatDate } from '../../ui/formatDate.ts';
import type { Call } from './callsManageApi.ts';

/** The workspace's calls, newest first: what each is, whether it is open, and where to read or run it. */
export function CallList({ calls, manages, focusId }: { calls: Call[]; manages: boolean; focusId: string | null }) {
  const { t } = useTranslation();
  if (calls.length === 0) return <p>{t('callsManage.list.none')}</p>;
  return (
    <ul className="calls-list">
      {calls.map((call) => (
        <CallItem key={call.id} call={call} manages={manages} takeFocus={call.id === focusId} />
      ))}
    </ul>
  );
}

function CallItem({ call, manages, takeFocus }: { call: Call; manages: boolean; takeFocus: boolean }) {
  const { t } = useTranslation();
  const linkId = `call-${call.id}-link`;
  // A call just opened takes focus, so a keyboard user lands on what they made.
  useEffect(() => {
    if (takeFocus) document.getElementById(linkId)?.focus();
  }, [takeFocus, linkId]);
  return (
    <li className="calls-list__item">
      <h4 className="calls-list__title">
        <Link to={paths.call(call.id)} id={linkId}>
          {call.title}
        </Link>
      </h4>
      <p className="calls-list__facts">
        <span className={`calls-state calls-state--${call.state}`}>{t(`callsManage.state.${call.state}`)}</span>{' '}
        <span>{t(call.public ? 'callsManage.list.public' : 'callsManage.list.membersOnly')}</span>
      </p>
      <p>{t('callsManage.list.dates', { from: formatDate(t, call.opensAt), to: formatDate(t, call.closesAt) })}</p>
      <p className="calls-list__links">
        {/* The call's title, for screen readers: a list of links read alone would be many alike. */}
        <Link to={paths.callSummary(call.id)}>
          {t('callsManage.list.summary')}
          <span className="visually-hidden">: {call.title}</span>
        </Link>
        {manages ? (
          <Link to={paths.callModeration(call.id)}>
            {t('callsManage.list.moderation')}
            <span className="visually-hidden">: {call.title}</span>
          </Link>
        ) : null}
      </p>
    </li>
  );
}

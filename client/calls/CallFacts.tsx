import { useTranslation } from 'react-i18next';
import { formatDate } from '../ui/formatDate.ts';
import type { Call } from './callApi.ts';

/** When the call runs, whether it is open now, and the zones it concerns, in the page's language. */
export function CallFacts({ call }: { call: Call }) {
  const { t } = useTranslation();
  const status =
    call.state === 'scheduled'
      ? t('calls.state.scheduled', { date: formatDate(t, call.opensAt) })
      : call.state === 'open'
        ? t('calls.state.open', { date: formatDate(t, call.closesAt) })
        : t('calls.state.closed', { date: formatDate(t, call.closesAt) });
  return (
    <dl className="call-facts">
      <dt>{t('calls.facts.status')}</dt>
      <dd className={`call-facts__state call-facts__state--${call.state}`}>{status}</dd>
      <dt>{t('calls.facts.opens')}</dt>
      <dd>{formatDate(t, call.opensAt)}</dd>
      <dt>{t('calls.facts.closes')}</dt>
      <dd>{formatDate(t, call.closesAt)}</dd>
      <dt>{t('calls.facts.zones')}</dt>
      <dd>{call.zones.length > 0 ? call.zones.join(', ') : t('calls.facts.everywhere')}</dd>
    </dl>
  );
}

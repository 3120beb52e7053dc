import { useTranslation } from 'react-i18next';
import type { Contribution } from './callApi.ts';

/**
 * Said politely, without moving anyone's focus: contributions by others that
 * have just arrived, and that the viewer is now taking part.
 */
export function LiveNews({ arrived, joined }: { arrived: Contribution[]; joined: boolean }) {
  const { t } = useTranslation();
  const news =
    arrived.length === 1
      ? t('calls.live.one', { name: arrived[0]!.author?.name ?? t('calls.item.someone'), kind: t(`calls.kinds.${arrived[0]!.kind}`) })
      : arrived.length > 1
        ? t('calls.live.many', { count: arrived.length })
        : '';
  return (
    <div className="call-news">
      <p role="status" className={news ? 'call-news__item' : 'visually-hidden'}>
        {/* Keyed by what arrived: the same words for a later contribution make a new node, so they are said again. */}
        <span key={arrived.map((c) => c.id).join(' ')}>{news}</span>
      </p>
      <p role="status" className={joined ? 'success-message' : 'visually-hidden'}>
        {joined ? t('calls.takePart.joined') : ''}
      </p>
    </div>
  );
}

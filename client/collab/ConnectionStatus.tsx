import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { CloseCode } from '../../shared/protocol.ts';
import type { SyncStatus } from './syncTracker.ts';
import './connectionStatus.css';

interface ConnectionStatusProps {
  status: SyncStatus;
  /** Shown as a button when the connection stopped for good (phase `stopped`). */
  onRetry?: () => void;
  /** Lets an editor point at the status with aria-describedby. */
  id?: string;
}

function closedMessage(t: TFunction, code: number | null): string {
  switch (code) {
    case CloseCode.PolicyViolation:
      return t('status.closed.policy');
    case CloseCode.MessageTooBig:
      return t('status.closed.tooBig');
    case CloseCode.DocumentTooLarge:
      return t('status.closed.documentFull');
    case CloseCode.InvalidRoom:
      return t('status.closed.invalidRoom');
    default:
      return t('status.closed.other');
  }
}

function describe(t: TFunction, { phase, unsent, closeCode }: SyncStatus): string {
  switch (phase) {
    case 'connecting':
      return t('status.connecting');
    case 'saved':
      return `${t('status.connected')} ${t('status.saved')}`;
    case 'saving':
      return `${t('status.connected')} ${t('status.saving', { count: unsent })}`;
    case 'reconnecting':
      return t('status.reconnecting');
    case 'offline':
      return t('status.offline', { count: unsent });
    case 'stopped':
      return `${closedMessage(t, closeCode)} ${t('status.unsaved', { count: unsent })}`;
  }
}

/**
 * The connection and saved state of one shared document, always on screen.
 * A polite live region: screen readers hear changes without being interrupted.
 * The colour of the dot repeats the words; it never carries meaning alone.
 */
export function ConnectionStatus({ status, onRetry, id }: ConnectionStatusProps) {
  const { t } = useTranslation();
  return (
    <div className={`connection-status connection-status--${status.phase}`}>
      <p id={id} role="status" className="connection-status__text">
        <span className="connection-status__dot" aria-hidden="true" />
        {describe(t, status)}
      </p>
      {status.phase === 'stopped' && onRetry ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('status.retry')}
        </button>
      ) : null}
    </div>
  );
}

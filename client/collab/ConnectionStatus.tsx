import { useEffect, useRef, useState } from 'react';
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
 * Which state a screen reader hears about. `saving` is null: it comes and goes
 * with every keystroke, so it never interrupts; the next `saved` is only news
 * after something else (connecting, a lost connection). Offline counts once
 * when changes start waiting, not at every further change.
 */
function announcedState({ phase, unsent }: SyncStatus): string | null {
  if (phase === 'saving') return null;
  if (phase === 'offline') return `offline:${unsent > 0}`;
  return phase;
}

/** The words for the live region: set when the announced state changes, kept otherwise. */
function useAnnouncement(status: SyncStatus, text: string): string {
  const [announcement, setAnnouncement] = useState('');
  const lastState = useRef<string | null>(null);
  const state = announcedState(status);
  useEffect(() => {
    if (state === null || state === lastState.current) return;
    // Loading the page (connecting, then saved) is not news; a problem, or the way back from one, is.
    const loading = lastState.current === null || lastState.current === 'connecting';
    lastState.current = state;
    if (loading && (state === 'connecting' || state === 'saved')) return;
    setAnnouncement(text);
  }, [state, text]);
  return announcement;
}

/**
 * The connection and saved state of one shared document, always on screen.
 * The visible line follows every change; a separate polite live region speaks
 * only changes of state (saved, reconnecting, offline, stopped), so screen
 * readers are not interrupted at each keystroke's "saving".
 * The colour of the dot repeats the words; it never carries meaning alone.
 */
export function ConnectionStatus({ status, onRetry, id }: ConnectionStatusProps) {
  const { t } = useTranslation();
  const text = describe(t, status);
  const announcement = useAnnouncement(status, text);
  return (
    <div className={`connection-status connection-status--${status.phase}`}>
      <p id={id} className="connection-status__text">
        <span className="connection-status__dot" aria-hidden="true" />
        {text}
      </p>
      <p role="status" aria-live="polite" className="visually-hidden connection-status__announcement">
        {announcement}
      </p>
      {status.phase === 'stopped' && onRetry ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('status.retry')}
        </button>
      ) : null}
    </div>
  );
}

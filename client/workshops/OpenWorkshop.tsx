import { useEffect, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { ApiError } from '../api/apiClient.ts';
import { closeWorkshop } from '../api/endpoints.ts';
import type { Workshop } from '../api/types.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { apiErrorMessage } from '../ui/errorMessages.ts';
import { formatTime } from '../ui/formatDate.ts';
import { WorkshopCode } from './WorkshopCode.tsx';

interface OpenWorkshopProps {
  workspaceId: string;
  workshop: Workshop;
  /** Just opened: move focus here so the commissioner starts from its code. */
  takeFocus: boolean;
  onClosed(): Promise<void>;
}

/** One open workshop: its code for the projector, where to type it, and a way to close it. */
export function OpenWorkshop({ workspaceId, workshop, takeFocus, onClosed }: OpenWorkshopProps) {
  const { t } = useTranslation();
  const article = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const titleId = `workshop-${workshop.id}-title`;
  const joinAddress = `${window.location.host}/join`;

  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, [takeFocus]);

  const close = async () => {
    setBusy(true);
    try {
      await closeWorkshop(workspaceId, workshop.id);
      setConfirming(false);
      await onClosed();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setConfirming(false);
      setProblem(apiErrorMessage(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <article ref={article} className="workshop" aria-labelledby={titleId}>
      <h4 id={titleId} ref={heading} tabIndex={-1} className="workshop__title">
        {workshop.title}
      </h4>
      <WorkshopCode code={workshop.code} />
      <p className="workshop__how">
        <Trans
          i18nKey="workshops.howToJoin"
          values={{ address: joinAddress }}
          components={{ strong: <strong className="workshop__address" /> }}
        />
      </p>
      <p className="field__hint">{t('workshops.openUntil', { time: formatTime(workshop.expiresAt) })}</p>
      {problem ? (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="button-row">
        {document.fullscreenEnabled ? (
          <button type="button" className="button" onClick={() => void article.current?.requestFullscreen()}>
            {t('workshops.fullScreen')}
          </button>
        ) : null}
        <button type="button" className="button button--danger-outline" onClick={() => setConfirming(true)}>
          {t('workshops.close')}
          <span className="visually-hidden">: {workshop.title}</span>
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('workshops.confirmCloseTitle', { title: workshop.title })}
        confirmLabel={t('workshops.close')}
        destructive
        busy={busy}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void close()}
      >
        <p>{t('workshops.confirmCloseBody')}</p>
      </ConfirmDialog>
    </article>
  );
}

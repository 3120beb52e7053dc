import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/apiClient.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { apiErrorMessage } from '../ui/errorMessages.ts';
import { restoreVersion, type Version } from './historyApi.ts';

interface RestoreDialogProps {
  artefactId: string;
  /** The version to restore; null while the dialog is closed. */
  version: Version | null;
  onCancel(): void;
  onRestored(restored: Version, from: number): Promise<void>;
}

/** Commissioners: confirm, saying what a restore does (a new change on top, seen live by everyone), then restore. */
export function RestoreDialog({ artefactId, version, onCancel, onRestored }: RestoreDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const number = version?.number ?? 0;

  const close = () => {
    setError(null);
    onCancel();
  };
  const confirm = async () => {
    if (!version) return;
    setBusy(true);
    setError(null);
    try {
      const { version: restored } = await restoreVersion(artefactId, version.number);
      await onRestored(restored, version.number);
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <ConfirmDialog open={version !== null} title={t('history.restore.title', { number })} confirmLabel={t('history.restore.confirm', { number })} busy={busy} onConfirm={() => void confirm()} onCancel={close}>
      <p>{t('history.restore.body', { number })}</p>
      <p>{t('history.restore.live')}</p>
      <div role="alert">{error ? <p className="notice notice--error">{apiErrorMessage(t, error)}</p> : null}</div>
    </ConfirmDialog>
  );
}

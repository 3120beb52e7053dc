import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { RequestError } from '../ui/RequestError.tsx';
import { useRequest } from '../ui/useRequest.ts';
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
  const { busy, error, run, clearError } = useRequest();
  const number = version?.number ?? 0;

  const close = () => {
    clearError();
    onCancel();
  };
  const confirm = () =>
    version &&
    run(async () => {
      const { version: restored } = await restoreVersion(artefactId, version.number);
      await onRestored(restored, version.number);
    });

  return (
    <ConfirmDialog open={version !== null} title={t('history.restore.title', { number })} confirmLabel={t('history.restore.confirm', { number })} busy={busy} onConfirm={() => void confirm()} onCancel={close}>
      <p>{t('history.restore.body', { number })}</p>
      <p>{t('history.restore.live')}</p>
      <RequestError error={error} />
    </ConfirmDialog>
  );
}

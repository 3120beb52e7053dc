import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VERSION_LABEL_MAX_LENGTH } from '../../shared/schemas/versions.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { TextField } from '../ui/fields.tsx';
import { RequestError } from '../ui/RequestError.tsx';
import { useRequest } from '../ui/useRequest.ts';
import { publishVersion, type Version } from './historyApi.ts';

interface PublishDialogProps {
  artefactId: string;
  /** The version to publish; null while the dialog is closed. */
  version: Version | null;
  onCancel(): void;
  onPublished(published: Version, from: number): Promise<void>;
}

/** Commissioners: publish a version, frozen, under a label (its own when left empty). */
export function PublishDialog({ artefactId, version, onCancel, onPublished }: PublishDialogProps) {
  const { t } = useTranslation();
  const [label, setLabel] = useState('');
  const { busy, error, run, clearError } = useRequest();
  const number = version?.number ?? 0;

  const close = () => {
    setLabel('');
    clearError();
    onCancel();
  };
  const confirm = () =>
    version &&
    run(async () => {
      const { version: published } = await publishVersion(artefactId, version.number, label.trim().slice(0, VERSION_LABEL_MAX_LENGTH));
      setLabel('');
      await onPublished(published, version.number);
    });

  return (
    <ConfirmDialog open={version !== null} title={t('history.publish.title', { number })} confirmLabel={t('history.publish.confirm', { number })} busy={busy} onConfirm={() => void confirm()} onCancel={close}>
      <p>{t('history.publish.body')}</p>
      <div className="history__dialog-field">
        <TextField
          id="publish-label"
          label={t('history.publish.label')}
          hint={t('history.publish.hint')}
          value={label}
          maxLength={VERSION_LABEL_MAX_LENGTH}
          onChange={(event) => setLabel(event.target.value)}
          autoComplete="off"
        />
      </div>
      <RequestError error={error} />
    </ConfirmDialog>
  );
}

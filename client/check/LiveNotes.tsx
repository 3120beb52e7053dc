import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { bindTextarea } from '../collab/bindTextarea.ts';
import { ConnectionStatus } from '../collab/ConnectionStatus.tsx';
import { useSyncStatus } from '../collab/useSyncStatus.ts';
import { useYjsRoom } from '../collab/useYjsRoom.ts';

/** The name of the shared text inside the room's document. */
const NOTES_TEXT = 'notes';

/** A shared plain-text box: the smallest proof that live co-editing works here. */
export function LiveNotes({ roomName }: { roomName: string }) {
  const { t } = useTranslation();
  const room = useYjsRoom(roomName);
  const status = useSyncStatus(room);
  const textarea = useRef<HTMLTextAreaElement>(null);

  // Layout effect: bound before the browser can paint, so no keystroke lands in an unbound box.
  useLayoutEffect(() => {
    if (!room || !textarea.current) return;
    return bindTextarea(textarea.current, room.doc.getText(NOTES_TEXT));
  }, [room]);

  return (
    <div className="panel">
      <ConnectionStatus id="live-notes-status" status={status} onRetry={() => room?.sync.retry()} />
      <div className="field">
        <label className="field__label" htmlFor="live-notes">
          {t('notes.label')}
        </label>
        <p id="live-notes-hint" className="field__hint">
          {t('notes.hint')}
        </p>
        <textarea
          id="live-notes"
          ref={textarea}
          className="field__textarea"
          rows={8}
          readOnly={room === null}
          aria-describedby="live-notes-hint live-notes-status"
        />
      </div>
    </div>
  );
}

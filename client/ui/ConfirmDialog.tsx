import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  /** Red confirm button: the action cannot be undone. */
  destructive?: boolean;
  busy?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * "Are you sure?" in a native modal dialog: focus moves in and is kept there,
 * Escape cancels, and focus goes back to what opened it when it closes.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, destructive, busy, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      element.showModal();
      // Start on the safe choice.
      cancelButton.current?.focus();
      return () => {
        if (element.open) element.close();
        if (opener?.isConnected) opener.focus();
      };
    }
    return undefined;
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={children ? bodyId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      {open ? (
        <>
          <h2 id={titleId} className="dialog__title">
            {title}
          </h2>
          {children ? (
            <div id={bodyId} className="dialog__body">
              {children}
            </div>
          ) : null}
          <div className="button-row">
            <button type="button" className={`button ${destructive ? 'button--danger' : 'button--primary'}`} onClick={onConfirm} disabled={busy}>
              {confirmLabel}
            </button>
            <button type="button" ref={cancelButton} className="button" onClick={onCancel}>
              {t('forms.cancel')}
            </button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}

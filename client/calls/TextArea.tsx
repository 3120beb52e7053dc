import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { FieldError } from '../ui/fields.tsx';

interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
}

/** A multi-line field with its label, hint and error tied to it, like ui/fields.tsx's TextField. */
export function TextArea({ id, label, hint, error, rows = 4, ...textarea }: TextAreaProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error && errorId ? <FieldError id={errorId}>{error}</FieldError> : null}
      <textarea id={id} className="field__textarea" rows={rows} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...textarea} />
    </div>
  );
}

import type { ReactNode } from 'react';
import { FieldError } from '../../ui/fields.tsx';

interface CheckboxListProps {
  /** The id of the first box: an error summary link focuses it. */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  options: ReadonlyArray<{ value: string; label: string }>;
  chosen: readonly string[];
  onChange(chosen: string[]): void;
}

/** A group of checkboxes with its legend, hint and error tied to it for assistive technology. */
export function CheckboxList({ id, legend, hint, error, options, chosen, onChange }: CheckboxListProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const toggle = (value: string, on: boolean) => onChange(on ? [...chosen, value] : chosen.filter((v) => v !== value));
  return (
    <fieldset className={`field calls-checkboxes${error ? ' field--error' : ''}`} aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}>
      <legend className="field__label">{legend}</legend>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error && errorId ? <FieldError id={errorId}>{error}</FieldError> : null}
      {options.map((option, index) => (
        <label key={option.value} className="calls-checkboxes__item">
          <input type="checkbox" id={index === 0 ? id : `${id}-${index}`} checked={chosen.includes(option.value)} onChange={(event) => toggle(option.value, event.target.checked)} />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

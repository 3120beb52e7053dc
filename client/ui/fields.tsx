import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

/** Form fields with their label, hint and error tied to them for assistive technology. */

function describedBy(...ids: Array<string | false | undefined>): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

export function FieldError({ id, children }: { id: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <p id={id} className="field__error">
      <span className="visually-hidden">{t('forms.errorPrefix')} </span>
      {children}
    </p>
  );
}

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** Narrower than a full-width field: 'code' for a workshop code. */
  width?: 'full' | 'medium' | 'code';
}

/** The label, hint and error of one control, and the ids the control points at with aria-describedby. */
function FieldFrame({ id, label, hint, error, children }: { id: string; label: ReactNode; hint?: ReactNode; error?: string | undefined; children: (describedBy: string | undefined) => ReactNode }) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
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
      {children(describedBy(hintId, errorId))}
    </div>
  );
}

export function TextField({ id, label, hint, error, width = 'full', className, ...input }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(described) => (
        <input
          id={id}
          className={`field__input field__input--${width}${className ? ` ${className}` : ''}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          {...input}
        />
      )}
    </FieldFrame>
  );
}

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
}

/** A multi-line field, framed like TextField. */
export function TextAreaField({ id, label, hint, error, rows = 4, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(described) => <textarea id={id} className="field__textarea" rows={rows} aria-invalid={error ? true : undefined} aria-describedby={described} {...textarea} />}
    </FieldFrame>
  );
}

export interface Option<V extends string> {
  value: V;
  label: ReactNode;
  hint?: ReactNode;
}

interface RadioGroupProps<V extends string> {
  /** The id of the first radio: an error summary link focuses it. */
  id: string;
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  options: ReadonlyArray<Option<NoInfer<V>>>;
  value: NoInfer<V> | '';
  onChange(value: V): void;
  /** Legend as large as a page question (a form with one main question). */
  large?: boolean;
}

export function RadioGroup<V extends string>({ id, name, legend, hint, error, options, value, onChange, large }: RadioGroupProps<V>) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset className={`field radios${error ? ' field--error' : ''}`} aria-describedby={describedBy(hintId, errorId)}>
      <legend className={`field__label${large ? ' field__label--large' : ''}`}>{legend}</legend>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error && errorId ? <FieldError id={errorId}>{error}</FieldError> : null}
      {options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${option.value}`;
        const optionHintId = option.hint ? `${optionId}-hint` : undefined;
        return (
          <div className="radios__item" key={option.value}>
            <input
              className="radios__input"
              type="radio"
              id={optionId}
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              aria-describedby={optionHintId}
            />
            <label className="radios__label" htmlFor={optionId}>
              {option.label}
            </label>
            {option.hint ? (
              <p id={optionHintId} className="radios__hint">
                {option.hint}
              </p>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}

interface SelectFieldProps<V extends string> extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'onChange' | 'value'> {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  options: ReadonlyArray<{ value: NoInfer<V>; label: string }>;
  value: NoInfer<V>;
  onChange(value: V): void;
  /** Label kept for assistive technology only (a select inside a table row). */
  hiddenLabel?: boolean;
}

export function SelectField<V extends string>({ id, label, hint, error, options, value, onChange, hiddenLabel, ...select }: SelectFieldProps<V>) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`field${error ? ' field--error' : ''}${hiddenLabel ? ' field--inline' : ''}`}>
      <label className={hiddenLabel ? 'visually-hidden' : 'field__label'} htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error && errorId ? <FieldError id={errorId}>{error}</FieldError> : null}
      <select
        id={id}
        className="field__select"
        value={value}
        onChange={(event) => onChange(event.target.value as V)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hintId, errorId)}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

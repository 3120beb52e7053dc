import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A read-only value (a link to share) with a button that copies it and says so. */
export function CopyField({ id, label, value }: { id: string; label: string; value: string }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      // No clipboard permission: select the text so the person can copy it themselves.
      input.current?.select();
      setState('failed');
    }
  };

  return (
    <div className="copy-field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="copy-field__row">
        <input
          ref={input}
          id={id}
          className="field__input copy-field__input"
          readOnly
          value={value}
          onFocus={(event) => event.target.select()}
          aria-describedby={`${id}-status`}
        />
        <button type="button" className="button" onClick={() => void copy()}>
          {t('forms.copyLink')}
        </button>
      </div>
      <p id={`${id}-status`} role="status" className="copy-field__status">
        {state === 'copied' ? t('forms.copied') : state === 'failed' ? t('forms.copyFailed') : ''}
      </p>
    </div>
  );
}

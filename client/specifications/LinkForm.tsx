import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { isSafeLink, normaliseLink } from './linkSafety.ts';

interface LinkFormProps {
  editor: Editor;
  /** Closes the form; focus goes back to the document. */
  onClose: () => void;
  /** Prefix of the form's ids (each language's editor has its own form). */
  idBase?: string;
}

/**
 * Adds, changes or removes the link on the selected text. Only http, https
 * and mailto addresses are accepted; anything else is refused with a message.
 */
export function LinkForm({ editor, onClose, idBase = 'spec-link' }: LinkFormProps) {
  const ids = { address: `${idBase}-address`, hint: `${idBase}-hint`, error: `${idBase}-error` };
  const { t } = useTranslation();
  const current = (editor.getAttributes('link').href as string | undefined) ?? '';
  const [value, setValue] = useState(current);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => input.current?.focus(), []);

  const close = () => {
    onClose();
    editor.commands.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const href = normaliseLink(value);
    if (!isSafeLink(href)) {
      setError(t('specification.link.invalid'));
      input.current?.focus();
      return;
    }
    const chain = editor.chain().focus().extendMarkRange('link');
    // With nothing selected, the address itself becomes the link's text.
    if (editor.state.selection.empty && !editor.isActive('link')) chain.insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] }).run();
    else chain.setLink({ href }).run();
    onClose();
  };

  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onClose();
  };

  return (
    <form className="spec-link-form" onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && close()} noValidate>
      <div className="field field--inline">
        <label className="field__label" htmlFor={ids.address}>
          {t('specification.link.address')}
        </label>
        <input
          ref={input}
          id={ids.address}
          className="field__input"
          type="url"
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${ids.error} ${ids.hint}` : ids.hint}
          onChange={(event) => setValue(event.target.value)}
        />
      </div>
      <p id={ids.hint} className="field__hint">
        {t('specification.link.hint')}
      </p>
      {error ? (
        <p id={ids.error} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="spec-link-form__actions">
        <button type="submit" className="button button--small">
          {t('specification.link.apply')}
        </button>
        {current ? (
          <button type="button" className="button button--small button--secondary" onClick={remove}>
            {t('specification.link.remove')}
          </button>
        ) : null}
        <button type="button" className="button button--small button--secondary" onClick={close}>
          {t('specification.link.cancel')}
        </button>
      </div>
    </form>
  );
}

import { useEffect, useRef, useState } from 'react';

interface CommitTextInputProps {
  id: string;
  label: string;
  value: string;
  onCommit(value: string): void;
}

/**
 * A field for a plain string of the document (not a Y.Text): written when
 * the person leaves the field or presses Enter, not per keystroke, so the
 * document gets one change instead of one per letter. While the field is not
 * in use it follows changes made by others.
 */
export function CommitTextInput({ id, label, value, onCommit }: CommitTextInputProps) {
  const [draft, setDraft] = useState(value);
  const editing = useRef(false);
  useEffect(() => {
    if (!editing.current) setDraft(value);
  }, [value]);
  const commit = () => {
    editing.current = false;
    if (draft.trim() !== value) onCommit(draft.trim());
  };
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="field__input field__input--medium"
        type="text"
        autoComplete="off"
        value={draft}
        onFocus={() => (editing.current = true)}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit();
            editing.current = true;
          }
        }}
      />
    </div>
  );
}

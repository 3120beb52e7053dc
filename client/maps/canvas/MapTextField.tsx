import { forwardRef, useImperativeHandle, useLayoutEffect, useRef } from 'react';
import type * as Y from 'yjs';
import { bindTextarea } from '../../collab/bindTextarea.ts';

interface MapTextFieldProps {
  id: string;
  label: string;
  hint?: string;
  ytext: Y.Text;
  multiline?: boolean;
}

/** A node's text (label, description, groups) bound live to its Y.Text: everyone's typing merges. */
export const MapTextField = forwardRef<HTMLInputElement | HTMLTextAreaElement | null, MapTextFieldProps>(function MapTextField({ id, label, hint, ytext, multiline }, ref) {
  const element = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  useImperativeHandle(ref, () => element.current!, []);
  // Bound before the browser paints, so no keystroke lands in an unbound field.
  useLayoutEffect(() => {
    if (!element.current) return;
    return bindTextarea(element.current, ytext);
  }, [ytext]);
  const hintId = hint ? `${id}-hint` : undefined;
  const shared = { id, ref: element, 'aria-describedby': hintId, spellCheck: true };
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {multiline ? <textarea rows={3} className="field__textarea" {...shared} /> : <input type="text" className="field__input" {...shared} />}
    </div>
  );
});

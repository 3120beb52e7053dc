import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import * as Y from 'yjs';
import getCaretCoordinates from 'textarea-caret';
import type { Awareness } from 'y-protocols/awareness';
import { bindTextarea } from '../collab/bindTextarea.ts';
import type { Participant } from './usePresence.ts';

export interface CollabTextFieldProps {
  id: string;
  label: string;
  hint?: string;
  ytext: Y.Text;
  multiline?: boolean;
  /** Identifies the field in everyone's presence: which outcome, which field. */
  outcomeId: string;
  field: string;
  awareness: Awareness | null;
  /** Everyone else currently in this field, with their carets. */
  others: Participant[];
  showOthers: boolean;
  describedBy?: string;
  invalid?: boolean;
  /** The language of the text typed here (bilingual fields), so screen readers pronounce it. */
  lang?: string;
  /** Runs inside each local edit's transaction (not for others' edits): a bilingual field's stamp. */
  onLocalEdit?: () => void;
  /** The person left the field. */
  onEditEnd?: () => void;
}

interface Caret {
  clientId: number;
  name: string;
  colour: string;
  top: number;
  left: number;
  height: number;
}

function caretsOf(element: HTMLTextAreaElement | HTMLInputElement, ytext: Y.Text, others: Participant[]): Caret[] {
  const doc = ytext.doc;
  if (!doc) return [];
  const carets: Caret[] = [];
  for (const person of others) {
    if (!person.focus?.head) continue;
    let index: number | null = null;
    try {
      const relative = Y.createRelativePositionFromJSON(person.focus.head);
      index = Y.createAbsolutePositionFromRelativePosition(relative, doc)?.index ?? null;
    } catch {
      index = null; // A malformed position from someone else's client: no caret, nothing else breaks.
    }
    if (index === null) continue;
    const at = getCaretCoordinates(element, Math.min(index, element.value.length));
    carets.push({
      clientId: person.clientId,
      name: person.user.name,
      colour: person.user.colour,
      top: at.top - element.scrollTop,
      left: at.left - element.scrollLeft,
      height: at.height,
    });
  }
  return carets;
}

/**
 * A text field everyone types into at once: bound to a Y.Text, telling others
 * where this person's caret is (as Yjs relative positions, so it stays on the
 * same character while others type) and drawing theirs. Carets are decoration
 * (aria-hidden); who is in which field is also said in words by the outcome.
 */
export function CollabTextField(props: CollabTextFieldProps) {
  const { id, label, hint, ytext, multiline, outcomeId, field, awareness, others, showOthers, describedBy, invalid, lang, onEditEnd } = props;
  const element = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const [carets, setCarets] = useState<Caret[]>([]);
  // The latest callback without rebinding the field on every render.
  const onLocalEdit = useRef(props.onLocalEdit);
  onLocalEdit.current = props.onLocalEdit;

  // Layout effect: bound before the browser paints, so no keystroke lands in an unbound field.
  useLayoutEffect(() => {
    if (!element.current) return;
    return bindTextarea(element.current, ytext, () => onLocalEdit.current?.());
  }, [ytext]);

  useEffect(() => {
    const node = element.current;
    if (!node || !showOthers) {
      setCarets([]);
      return;
    }
    const redraw = () => setCarets(caretsOf(node, ytext, others));
    redraw();
    ytext.observe(redraw);
    node.addEventListener('scroll', redraw);
    return () => {
      ytext.unobserve(redraw);
      node.removeEventListener('scroll', redraw);
    };
  }, [ytext, others, showOthers]);

  const shareSelection = () => {
    const node = element.current;
    if (!node || !awareness) return;
    const position = (index: number) => Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(ytext, index));
    awareness.setLocalStateField('focus', {
      outcomeId,
      field,
      anchor: position(node.selectionStart ?? 0),
      head: position(node.selectionEnd ?? 0),
    });
  };
  const leave = () => {
    const focus = awareness?.getLocalState()?.focus as { field?: string; outcomeId?: string } | undefined;
    if (focus?.field === field && focus.outcomeId === outcomeId) awareness?.setLocalStateField('focus', null);
  };

  const hintId = hint ? `${id}-hint` : undefined;
  const shared = {
    id,
    ref: element,
    className: multiline ? 'field__textarea collab-field__input' : 'field__input collab-field__input',
    'aria-describedby': [hintId, describedBy].filter(Boolean).join(' ') || undefined,
    'aria-invalid': invalid || undefined,
    onFocus: shareSelection,
    onSelect: shareSelection,
    onKeyUp: shareSelection,
    onBlur: () => {
      leave();
      onEditEnd?.();
    },
    spellCheck: true,
    lang,
  };
  return (
    <div className="field collab-field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      <div className="collab-field__box">
        {multiline ? <textarea rows={3} {...shared} /> : <input type="text" {...shared} />}
        <div className="collab-field__carets" aria-hidden="true">
          {carets.map((caret) => (
            <span
              key={caret.clientId}
              className="remote-caret"
              style={{ top: caret.top, left: caret.left, height: caret.height, borderColor: caret.colour }}
            >
              <span className="remote-caret__name" style={{ background: caret.colour }}>
                {caret.name}
              </span>
            </span>
          ))}
        </div>
      </div>
    </div>
  );
}

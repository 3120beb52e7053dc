import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LanguageEditSession, languageMarker, readStamps, stampEdit } from '../../shared/bilingual/languageMarker.ts';
import { bindTextarea } from '../../client/collab/bindTextarea.ts';

const both = { en: 'I choose when I get up', cy: 'Rwy’n dewis pryd dw i’n codi' };

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

/** Just enough of a <textarea> for the binding: a value, a caret and input events. */
function fakeTextarea(): HTMLTextAreaElement & EventTarget {
  return Object.assign(new EventTarget(), {
    value: '',
    selectionStart: 0,
    selectionEnd: 0,
    selectionDirection: 'none',
    scrollTop: 0,
    ownerDocument: { activeElement: null },
    setSelectionRange() {},
  }) as unknown as HTMLTextAreaElement & EventTarget;
}

function type(textarea: HTMLTextAreaElement, value: string): void {
  textarea.value = value;
  textarea.selectionEnd = value.length;
  textarea.dispatchEvent(new Event('input'));
}

describe('the bilingual marker rule', () => {
  it('flags nothing in a document from before there were two languages (no stamps at all)', () => {
    const doc = new Y.Doc();
    expect(readStamps(doc.getMap('outcome').get('languageChanged'))).toEqual({ en: 0, cy: 0, enFollows: null, cyFollows: null });
    expect(languageMarker(readStamps(undefined), both)).toBeNull();
  });

  it('flags the side changed last, but only once both sides hold text', () => {
    const map = new Y.Doc().getMap<unknown>('stamps');
    stampEdit(map, 'en', { catchingUp: false, now: 1000 });
    expect(languageMarker(readStamps(map), { en: 'English', cy: '' })).toBeNull();
    expect(languageMarker(readStamps(map), both)).toBe('en');
  });

  it('clears the marker when the other side is brought up to date, for the whole run of typing, and raises it again on a later change', () => {
    const map = new Y.Doc().getMap<unknown>('stamps');
    const english = new LanguageEditSession('en');
    const welsh = new LanguageEditSession('cy');
    english.edit(map, 1000);
    english.end();
    // Several keystrokes of Welsh written to match: none of them flags the Welsh.
    for (const now of [2000, 2100, 2200]) {
      welsh.edit(map, now);
      expect(languageMarker(readStamps(map), both)).toBeNull();
    }
    welsh.end();
    english.edit(map, 3000);
    expect(languageMarker(readStamps(map), both)).toBe('en');
    english.end();
    welsh.edit(map, 4000);
    expect(languageMarker(readStamps(map), both)).toBeNull();
    welsh.end();
    // A later Welsh change of its own (nothing was flagged when it began) flags the Welsh.
    welsh.edit(map, 5000);
    expect(languageMarker(readStamps(map), both)).toBe('cy');
    welsh.end();
    english.edit(map, 6000);
    expect(languageMarker(readStamps(map), both)).toBeNull();
  });

  it('starts a new run when the other side changes while this person is still in the field', () => {
    const map = new Y.Doc().getMap<unknown>('stamps');
    const english = new LanguageEditSession('en');
    const welsh = new LanguageEditSession('cy');
    english.edit(map, 1000);
    welsh.edit(map, 2000);
    english.edit(map, 3000); // still in the English field: a change of its own
    expect(languageMarker(readStamps(map), both)).toBe('en');
    welsh.edit(map, 4000);
    welsh.edit(map, 4100);
    expect(languageMarker(readStamps(map), both)).toBeNull();
    welsh.edit(map, 4200); // nothing changed on the other side: still the same run
    expect(languageMarker(readStamps(map), both)).toBeNull();
    // The Welsh changes again on its own after someone else left it; the English, never left, answers it.
    welsh.end();
    welsh.edit(map, 5000);
    expect(languageMarker(readStamps(map), both)).toBe('cy');
    english.edit(map, 6000);
    expect(languageMarker(readStamps(map), both)).toBeNull();
  });

  it('stamps a change later than the one it follows even when this laptop’s clock is behind', () => {
    const map = new Y.Doc().getMap<unknown>('stamps');
    stampEdit(map, 'cy', { catchingUp: false, now: 10_000 });
    stampEdit(map, 'en', { catchingUp: false, now: 5_000 });
    expect(readStamps(map).en).toBe(10_001);
    expect(languageMarker(readStamps(map), both)).toBe('en');
  });

  it('keeps both people’s stamps when they type in different languages at once', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    a.getMap('outcome').set('languageChanged', new Y.Map());
    sync(a, b);
    const stampsOf = (doc: Y.Doc) => doc.getMap('outcome').get('languageChanged') as Y.Map<unknown>;
    new LanguageEditSession('en').edit(stampsOf(a), 1000);
    new LanguageEditSession('cy').edit(stampsOf(b), 1001);
    sync(a, b);
    expect(readStamps(stampsOf(a))).toEqual(readStamps(stampsOf(b)));
    expect(readStamps(stampsOf(a))).toMatchObject({ en: 1000, cy: 1001 });
  });
});

describe('stamping through the textarea binding', () => {
  it('stamps in the same transaction as a local edit, and never for someone else’s edit', () => {
    const doc = new Y.Doc();
    const text = doc.getText('statementCy');
    const stamps = doc.getMap<unknown>('languageChanged');
    const session = new LanguageEditSession('cy');
    const textarea = fakeTextarea();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    const unbind = bindTextarea(textarea, text, () => session.edit(stamps, 2000));

    type(textarea, 'Rwy’n');
    expect(updates).toHaveLength(1);
    expect(readStamps(stamps).cy).toBe(2000);

    // The same update on another copy carries the stamp with the text.
    const other = new Y.Doc();
    Y.applyUpdate(other, updates[0]!);
    expect(other.getText('statementCy').toString()).toBe('Rwy’n');
    expect(readStamps(other.getMap('languageChanged')).cy).toBe(2000);

    // A remote edit reaches the field, and stamps nothing.
    other.getText('statementCy').insert(0, 'Ie. ');
    stamps.delete('cy');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)));
    expect(textarea.value).toBe('Ie. Rwy’n');
    expect(stamps.has('cy')).toBe(false);
    unbind();
  });
});

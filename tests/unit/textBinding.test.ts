import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { diffText, shiftPosition } from '../../client/collab/textDiff.ts';

/** The pure parts of the textarea binding; the browser tests cover the rest. */
describe('textarea binding: diff and caret shifting', () => {
  it('finds the single replacement between two texts', () => {
    expect(diffText('abc', 'abc')).toBeNull();
    expect(diffText('abc', 'abXc')).toEqual({ index: 2, remove: 0, insert: 'X' });
    expect(diffText('abcdef', 'abef')).toEqual({ index: 2, remove: 2, insert: '' });
    expect(diffText('abc', 'aXc')).toEqual({ index: 1, remove: 1, insert: 'X' });
  });

  it('places an ambiguous change where the caret is', () => {
    // Typing "a" at position 1 of "aa": the caret ends at 2, so the new "a" is at 1.
    expect(diffText('aa', 'aaa', 2)).toEqual({ index: 1, remove: 0, insert: 'a' });
    // Backspace at position 2 of "aaa": caret at 1.
    expect(diffText('aaa', 'aa', 1)).toEqual({ index: 1, remove: 1, insert: '' });
  });

  it('never splits an emoji (a surrogate pair)', () => {
    // Two emoji that share their high surrogate.
    const change = diffText('x😀y', 'x😁y');
    expect(change).toEqual({ index: 1, remove: 2, insert: '😁' });
    const deleted = diffText('😀😀', '😀');
    expect(deleted && deleted.remove).toBe(2);
  });

  it('moves a caret with text inserted or deleted before it, and not with text after it', () => {
    const doc = new Y.Doc();
    const text = doc.getText('t');
    text.insert(0, 'Hello world');
    const deltas: Array<Y.YTextEvent['delta']> = [];
    text.observe((event) => deltas.push(event.delta));
    text.insert(0, 'Oh. '); // before the caret
    text.delete(4, 6); // "Hello " removed, straddling nothing after the caret
    text.insert(text.length, '!'); // after the caret
    const caretAfterWorld = 11;
    expect(shiftPosition(caretAfterWorld, deltas[0]!)).toBe(15);
    expect(shiftPosition(15, deltas[1]!)).toBe(9);
    expect(shiftPosition(9, deltas[2]!)).toBe(9);
    expect(text.toString()).toBe('Oh. world!');
    // A deletion that contains the caret leaves it at the start of the deletion.
    expect(shiftPosition(3, [{ retain: 1 }, { delete: 5 }])).toBe(1);
    // Text inserted exactly at the caret goes after it.
    expect(shiftPosition(2, [{ retain: 2 }, { insert: 'xyz' }])).toBe(2);
  });
});

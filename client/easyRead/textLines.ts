/*
 * Easy read puts each idea on its own line: these split what people typed
 * into the lines shown.
 */

/** Free text as people typed it, one entry per non-empty line. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * A text split into its sentences, one per line: at line breaks, and after a
 * full stop, question or exclamation mark followed by a space. Abbreviations
 * ("e.g. this") may split early; a short extra line costs an easy reader less
 * than a long paragraph.
 */
export function sentencesOf(text: string): string[] {
  return linesOf(text).flatMap((line) => line.split(/(?<=[.!?…])\s+/).filter((sentence) => sentence !== ''));
}

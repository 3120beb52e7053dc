/**
 * A text split into its sentences, one per line, for easy read: at line
 * breaks, and after a full stop, question or exclamation mark followed by a
 * space. Abbreviations ("e.g. this") may split early; a short extra line
 * costs an easy reader less than a long paragraph.
 */
export function sentencesOf(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line) => line.split(/(?<=[.!?…])\s+/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

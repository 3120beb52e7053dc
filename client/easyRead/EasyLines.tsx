import { linesOf } from './textLines.ts';

/** A label ("What we will use:") followed by the text's lines as a plain list. */
export function LabelledLines({ label, text }: { label: string; text: string }) {
  const lines = linesOf(text);
  if (lines.length === 0) return null;
  return (
    <>
      <p className="easy-read__label">{label}</p>
      <ul className="easy-read__lines">
        {lines.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
    </>
  );
}

/** Paragraphs, one per line of `lines`. */
export function Lines({ lines }: { lines: readonly string[] }) {
  return (
    <>
      {lines.map((line, index) => (
        <p key={index}>{line}</p>
      ))}
    </>
  );
}

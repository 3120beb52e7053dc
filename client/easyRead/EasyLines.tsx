/** Free text as people typed it, one line per paragraph: easy read puts each idea on its own line. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

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

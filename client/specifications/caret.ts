/**
 * Someone else's caret in the document, labelled with their name. Colours come
 * from the server-stamped presence identity (`colour`), whatever a client claims.
 */
interface CaretUser {
  name?: unknown;
  colour?: unknown;
}

const COLOUR = /^#[0-9a-fA-F]{6}$/;

function colourOf(user: CaretUser): string {
  return typeof user.colour === 'string' && COLOUR.test(user.colour) ? user.colour : '#3f4a5a';
}

export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const caret = document.createElement('span');
  caret.className = 'spec-caret';
  caret.style.borderColor = colourOf(user);
  const label = document.createElement('span');
  label.className = 'spec-caret__label';
  label.style.backgroundColor = colourOf(user);
  // textContent, never HTML: a name is data.
  label.textContent = typeof user.name === 'string' ? user.name : '';
  caret.append(label);
  return caret;
}

/** Their selection, tinted with their colour. */
export function renderSelection(user: Record<string, unknown>) {
  return { style: `background-color: ${colourOf(user)}33`, class: 'spec-selection' };
}

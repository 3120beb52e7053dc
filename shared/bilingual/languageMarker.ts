import * as Y from 'yjs';

/**
 * Content written in both languages side by side (an outcome's statement, a
 * specification's text), and the marker that tells people one side changed
 * after the other so they check the other still says the same.
 *
 * Each side keeps, in a Y.Map next to its text, when it last changed (`en`,
 * `cy`: ms) and, when that change was bringing it up to date with the other
 * side, which change of the other side it answered (`enFollows`, `cyFollows`).
 * Without the second, writing the Welsh to match a new English would itself
 * look like "the Welsh changed after the English" and the marker would never
 * clear: it would only ever flip sides.
 */
export const CONTENT_LANGUAGES = ['en', 'cy'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

/** The Y.Map key, on an outcome or at a specification's root, that holds the stamps. */
export const LANGUAGE_CHANGED = 'languageChanged';

export interface LanguageStamps {
  en: number;
  cy: number;
  /** The Welsh stamp the English was last brought up to date with (null: never). */
  enFollows: number | null;
  cyFollows: number | null;
}

export const otherLanguage = (side: ContentLanguage): ContentLanguage => (side === 'en' ? 'cy' : 'en');

const numberOr = <T>(value: unknown, fallback: T): number | T => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);

/** The stamps as stored; a document from before both languages (no map, or no entry) reads as never changed. */
export function readStamps(value: unknown): LanguageStamps {
  const map = value instanceof Y.Map ? (value as Y.Map<unknown>) : null;
  return {
    en: numberOr(map?.get('en'), 0),
    cy: numberOr(map?.get('cy'), 0),
    enFollows: numberOr(map?.get('enFollows'), null),
    cyFollows: numberOr(map?.get('cyFollows'), null),
  };
}

/** True when `side` changed after the other side's last change, and not in answer to it. */
export function changedAfterOther(stamps: LanguageStamps, side: ContentLanguage): boolean {
  const other = otherLanguage(side);
  return stamps[side] > stamps[other] && stamps[`${side}Follows`] !== stamps[other];
}

/**
 * The side to flag as changed after the other, or null. Nothing is flagged
 * while either side is still empty: there is nothing yet to compare.
 */
export function languageMarker(stamps: LanguageStamps, texts: Record<ContentLanguage, string>): ContentLanguage | null {
  if (!texts.en.trim() || !texts.cy.trim()) return null;
  if (changedAfterOther(stamps, 'en')) return 'en';
  if (changedAfterOther(stamps, 'cy')) return 'cy';
  return null;
}

/**
 * Stamps a local edit of `side`. Call it inside the edit's own transaction so
 * the text and its stamp reach everyone together. The stamp is at least one
 * past both stamps already there, so a laptop whose clock runs behind still
 * stamps its change as later than the change it has seen.
 */
export function stampEdit(map: Y.Map<unknown>, side: ContentLanguage, { catchingUp, now = Date.now() }: { catchingUp: boolean; now?: number }): void {
  const stamps = readStamps(map);
  const other = otherLanguage(side);
  map.set(side, Math.max(now, stamps.en + 1, stamps.cy + 1));
  // A change of its own answers nothing: forget what an earlier run brought it up to date with.
  if (catchingUp) map.set(`${side}Follows`, stamps[other]);
  else if (map.has(`${side}Follows`)) map.delete(`${side}Follows`);
}

/**
 * One person's run of edits to one side, from their first keystroke until
 * they leave the field or someone changes the other side. If the other side
 * was flagged when the run began, the whole run is bringing this side up to
 * date (every keystroke of it, not only the first); otherwise it is a change
 * of its own, and flags the other side.
 */
export class LanguageEditSession {
  private catchingUp: boolean | null = null;
  /** The other side's stamp at this run's last edit: when it moves, a new run begins. */
  private otherSeen = 0;

  constructor(private readonly side: ContentLanguage) {}

  /** Stamps one local edit; call inside the edit's transaction. */
  edit(map: Y.Map<unknown>, now = Date.now()): void {
    const stamps = readStamps(map);
    const other = otherLanguage(this.side);
    if (this.catchingUp === null || stamps[other] !== this.otherSeen) this.catchingUp = changedAfterOther(stamps, other);
    this.otherSeen = stamps[other];
    stampEdit(map, this.side, { catchingUp: this.catchingUp, now });
  }

  /** The person left the field: their next edit starts a new run. */
  end(): void {
    this.catchingUp = null;
  }
}

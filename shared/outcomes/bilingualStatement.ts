import * as Y from 'yjs';
import { LANGUAGE_CHANGED } from '../bilingual/languageMarker.ts';
import { findOutcome } from './outcomeDoc.ts';

/**
 * An outcome's statement in English (`statement`) and Welsh (`statementCy`),
 * with their "last changed" stamps (`languageChanged`, see shared/bilingual).
 * Outcomes made before there was a Welsh statement have neither; they read
 * as empty and are given both the first time an editor opens the outcome.
 */

export const WELSH_STATEMENT = 'statementCy';

const missingParts = (outcome: Y.Map<unknown>) => !(outcome.get(WELSH_STATEMENT) instanceof Y.Text) || !(outcome.get(LANGUAGE_CHANGED) instanceof Y.Map);

/** True when the outcome still lacks the Welsh statement or its stamps (an older document). */
export function needsBilingualParts(doc: Y.Doc, id: string): boolean {
  const outcome = findOutcome(doc, id);
  return outcome !== null && missingParts(outcome);
}

/**
 * Adds whatever of the Welsh statement and its stamps an older outcome lacks.
 * Two editors doing this at once each add an empty one and one wins, which
 * loses nothing as long as neither has typed into theirs yet.
 */
export function ensureBilingualStatement(doc: Y.Doc, id: string): void {
  const outcome = findOutcome(doc, id);
  if (!outcome || !missingParts(outcome)) return;
  doc.transact(() => {
    if (!(outcome.get(WELSH_STATEMENT) instanceof Y.Text)) outcome.set(WELSH_STATEMENT, new Y.Text());
    if (!(outcome.get(LANGUAGE_CHANGED) instanceof Y.Map)) outcome.set(LANGUAGE_CHANGED, new Y.Map<unknown>());
  });
}

/** The outcome's stamps map (call ensureBilingualStatement first for older outcomes). */
export function languageStampsMap(doc: Y.Doc, id: string): Y.Map<unknown> | null {
  const stamps = findOutcome(doc, id)?.get(LANGUAGE_CHANGED);
  return stamps instanceof Y.Map ? (stamps as Y.Map<unknown>) : null;
}

import * as Y from 'yjs';
import { findOutcome } from '../../shared/outcomes/outcomeDoc.ts';
import type { OutcomeLabel } from './specificationTree.ts';

/**
 * What an outcome reference says in an export: the outcome's statement as it
 * is now in the workspace's framework; a retired or deleted outcome says so
 * plainly, so a reader never mistakes it for a live commitment. `framework`
 * is null when the reader may not see the framework: then only that
 * there is a reference, never its words.
 */
export function outcomeLabels(framework: Y.Doc | null): OutcomeLabel {
  return (outcomeId) => {
    if (!framework) return '[outcome]';
    // Read defensively: raw updates may have put anything under the id.
    const outcome = outcomeId ? findOutcome(framework, outcomeId) : null;
    if (!(outcome instanceof Y.Map)) return '[deleted outcome]';
    const statementText = outcome.get('statement');
    const statement = statementText instanceof Y.Text ? statementText.toString().trim() : '';
    const shown = statement || 'no statement yet';
    return outcome.get('status') === 'retired' ? `[retired outcome: ${shown}]` : statement || '[outcome: no statement yet]';
  };
}

import type { Kysely } from 'kysely';
import { readFramework } from '../../shared/outcomes/outcomeDoc.ts';
import type { CallTable, Database } from '../db/schema.ts';
import { loadStoredDocument } from '../export/storedDocument.ts';
import type { DocumentStore } from '../storage/documentStore.ts';

export interface PopulationOutcome {
  id: string;
  statement: string;
  /** The Welsh beside it; empty when nobody has written it. */
  statementCy: string;
  zones: string[];
  status: string;
}

/**
 * The outcomes a call asks about, read from the stored framework: the ones
 * it names, or every population-level outcome. Retired ones still show (older
 * contributions point at them); a call never reveals other outcomes.
 */
export async function callOutcomes(db: Kysely<Database>, store: DocumentStore, call: CallTable): Promise<PopulationOutcome[]> {
  const framework = await db.selectFrom('artefacts').select('room').where('workspace_id', '=', call.workspace_id).where('kind', '=', 'outcomes').executeTakeFirst();
  if (!framework) return [];
  const doc = await loadStoredDocument(store, framework.room);
  try {
    const chosen = JSON.parse(call.outcome_ids) as string[];
    return readFramework(doc)
      .filter((o) => (chosen.length > 0 ? chosen.includes(o.id) : o.level === 'population'))
      .map((o) => ({ id: o.id, statement: o.statement, statementCy: o.statementCy, zones: o.zones, status: o.status }));
  } finally {
    doc.destroy();
  }
}

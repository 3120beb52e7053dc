import type { Kysely } from 'kysely';
import type { CallTable, Database } from '../db/schema.ts';
import { callState } from '../policies/contributionPolicy.ts';
import { presentCall } from '../presenters/contributions.ts';
import type { DocumentStore } from '../storage/documentStore.ts';
import { callOutcomes } from './populationOutcomes.ts';

/**
 * What people said, per outcome and zone, with counts and the official
 * answers — for publication, so without names, and never a hidden contribution.
 */
export async function callSummary(db: Kysely<Database>, store: DocumentStore, call: CallTable) {
  const [outcomes, rows, supports] = await Promise.all([
    callOutcomes(db, store, call),
    db.selectFrom('contributions').selectAll().where('call_id', '=', call.id).where('hidden', '=', 0).orderBy('created_at', 'asc').execute(),
    db
      .selectFrom('contribution_supports')
      .innerJoin('contributions', 'contributions.id', 'contribution_supports.contribution_id')
      .select('contribution_supports.contribution_id')
      .where('contributions.call_id', '=', call.id)
      .execute(),
  ]);
  // Counted once: per contribution, scanning every support of a busy call made the summary quadratic.
  const supportCounts = new Map<string, number>();
  for (const s of supports) supportCounts.set(s.contribution_id, (supportCounts.get(s.contribution_id) ?? 0) + 1);
  const supportCount = (id: string) => supportCounts.get(id) ?? 0;
  const zonesOf = (list: typeof rows) => [...new Set(list.map((r) => r.zone ?? ''))].sort();
  return {
    call: presentCall(call, callState(call, new Date().toISOString())),
    total: rows.length,
    outcomes: outcomes.map((outcome) => {
      const about = rows.filter((r) => r.outcome_id === outcome.id);
      return {
        id: outcome.id,
        statement: outcome.statement,
        statementCy: outcome.statementCy,
        count: about.length,
        byKind: { idea: about.filter((r) => r.kind === 'idea').length, experience: about.filter((r) => r.kind === 'experience').length, evidence: about.filter((r) => r.kind === 'evidence').length },
        zones: zonesOf(about).map((zone) => {
          const inZone = about.filter((r) => (r.zone ?? '') === zone);
          return {
            zone: zone || null,
            count: inZone.length,
            contributions: inZone.map((r) => ({
              id: r.id,
              kind: r.kind,
              body: r.body,
              supports: supportCount(r.id),
              answer: r.answer ? { answer: r.answer, response: r.answer_text ?? '' } : null,
              promoted: r.promoted_as !== null,
            })),
          };
        }),
      };
    }),
  };
}

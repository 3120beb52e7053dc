import type { CallTable, ContributionTable } from '../db/schema.ts';
import { callState } from '../policies/contributionPolicy.ts';
import { presentCall } from '../presenters/contributions.ts';
import type { PopulationOutcome } from './populationOutcomes.ts';

/**
 * What people said, per outcome and zone, with counts and the official
 * answers — for publication, so without names, and never a hidden
 * contribution. Made from the call's shared read (callReadCache.ts), so it
 * asks the database nothing of its own.
 */
export function summariseCall(call: CallTable, outcomes: PopulationOutcome[], contributions: ContributionTable[], supportCount: (id: string) => number) {
  const rows = contributions.filter((r) => !r.hidden).sort((a, b) => a.created_at.localeCompare(b.created_at));
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

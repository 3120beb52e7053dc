import type { OutcomeValues } from '../../shared/outcomes/outcomeDoc.ts';
import { OUTCOME_LEVELS, OUTCOME_STATUSES, WELL_BEING_ASPECTS, type Grouping, type OutcomeStatus } from '../../shared/outcomes/vocabulary.ts';

/** How the person chose to look at the framework: nothing here changes the document. */
export interface ViewChoices {
  grouping: Grouping;
  status: OutcomeStatus | 'all' | 'current';
  search: string;
}

export const DEFAULT_VIEW: ViewChoices = { grouping: 'none', status: 'current', search: '' };

export interface OutcomeGroup {
  /** The translation key of the group's heading, or null for the single ungrouped list. */
  key: string | null;
  outcomes: Array<{ outcome: OutcomeValues; number: number }>;
}

function matches(outcome: OutcomeValues, { status, search }: ViewChoices): boolean {
  if (status === 'current' && outcome.status === 'retired') return false;
  if (status !== 'all' && status !== 'current' && outcome.status !== status) return false;
  const needle = search.trim().toLocaleLowerCase();
  if (!needle) return true;
  const haystack = [outcome.statement, outcome.note, outcome.inputs, outcome.outputs, ...outcome.indicators.map((i) => `${i.measure} ${i.target} ${i.source}`)];
  return haystack.some((text) => text.toLocaleLowerCase().includes(needle));
}

/** Filters and groups, keeping each outcome's number from the framework's own order. */
export function viewOf(outcomes: readonly OutcomeValues[], choices: ViewChoices): OutcomeGroup[] {
  const numbered = outcomes.map((outcome, index) => ({ outcome, number: index + 1 })).filter(({ outcome }) => matches(outcome, choices));
  switch (choices.grouping) {
    case 'none':
      return [{ key: null, outcomes: numbered }];
    case 'level':
      return OUTCOME_LEVELS.map((level) => ({ key: `outcomes.level.${level}`, outcomes: numbered.filter((n) => n.outcome.level === level) }));
    case 'status':
      return OUTCOME_STATUSES.map((status) => ({ key: `outcomes.status.${status}`, outcomes: numbered.filter((n) => n.outcome.status === status) }));
    case 'aspect':
      // An outcome serving two aspects appears under both; one with none gets its own group.
      return [
        ...WELL_BEING_ASPECTS.map((aspect) => ({ key: `outcomes.aspect.${aspect}`, outcomes: numbered.filter((n) => n.outcome.aspects.includes(aspect)) })),
        { key: 'outcomes.view.noAspect', outcomes: numbered.filter((n) => n.outcome.aspects.length === 0) },
      ];
  }
}

/** Reordering means something only in the full, ungrouped list. */
export const canReorder = (choices: ViewChoices) => choices.grouping === 'none' && choices.search.trim() === '';

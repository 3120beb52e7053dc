/**
 * The words of an outcome framework (Tools 12, 17 and 22; DESIGN.md §1).
 * Keys only: the client translates them (outcomes.* in the locales).
 */
export const OUTCOME_LEVELS = ['individual', 'service', 'population'] as const;
export type OutcomeLevel = (typeof OUTCOME_LEVELS)[number];

export const OUTCOME_STATUSES = ['proposed', 'agreed', 'retired'] as const;
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];

/** Social Services and Well-being (Wales) Act 2014, s.2. */
export const WELL_BEING_ASPECTS = [
  'health',
  'protection',
  'education',
  'relationships',
  'contribution',
  'rights',
  'economic',
  'accommodation',
  'control',
  'work',
] as const;
export type WellBeingAspect = (typeof WELL_BEING_ASPECTS)[number];

export const COLLECTION_FREQUENCIES = ['', 'each_visit', 'weekly', 'monthly', 'quarterly', 'six_monthly', 'annually', 'at_review'] as const;
export type CollectionFrequency = (typeof COLLECTION_FREQUENCIES)[number];

/**
 * Text fields of an outcome that people type into together (each a Y.Text).
 * `statement` is the English (or main) statement, `statementCy` the Welsh beside it.
 */
export const OUTCOME_TEXT_FIELDS = ['statement', 'statementCy', 'note', 'inputs', 'outputs', 'evidence', 'whenNotMet'] as const;
export type OutcomeTextField = (typeof OUTCOME_TEXT_FIELDS)[number];

/** Text fields of an indicator (each a Y.Text). */
export const INDICATOR_TEXT_FIELDS = ['measure', 'baseline', 'target', 'source', 'reporter'] as const;
export type IndicatorTextField = (typeof INDICATOR_TEXT_FIELDS)[number];

export const GROUPINGS = ['none', 'aspect', 'level', 'status'] as const;
export type Grouping = (typeof GROUPINGS)[number];

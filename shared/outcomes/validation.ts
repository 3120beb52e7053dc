import { z } from 'zod';
import type { CommissioningModel } from '../schemas/workspace.ts';
import type { OutcomeValues } from './outcomeDoc.ts';
import { COLLECTION_FREQUENCIES, OUTCOME_LEVELS, OUTCOME_STATUSES, WELL_BEING_ASPECTS } from './vocabulary.ts';

/**
 * What a framework still lacks, shown beside the outcome; never a reason to
 * refuse a keystroke. Codes are translated by the client (outcomes.issues.*).
 */
export const ISSUE_CODES = [
  'statementMissing',
  'aspectMissing',
  'agreedWithoutIndicator',
  'indicatorIncomplete',
  'zoneMissing',
  'paymentShareMissing',
  'paymentSharesNotHundred',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export interface FrameworkIssue {
  code: IssueCode;
  /** null for issues of the whole framework (payment shares). */
  outcomeId: string | null;
  /** The field to fix, for focusing it; indicator issues name the indicator. */
  field: string | null;
  /** Numbers the message needs (e.g. the current total). */
  values?: Record<string, number>;
}

const text = z.string().max(10_000);

export const indicatorSchema = z.object({
  id: z.string().min(1),
  measure: text,
  baseline: text,
  target: text,
  source: text,
  reporter: text,
  frequency: z.enum(COLLECTION_FREQUENCIES),
});

/** The shape of one outcome as read from the document (also what an API or template may carry). */
export const outcomeSchema = z.object({
  id: z.string().min(1),
  statement: text,
  statementCy: text,
  languageStamps: z.object({ en: z.number(), cy: z.number(), enFollows: z.number().nullable(), cyFollows: z.number().nullable() }),
  note: text,
  level: z.enum(OUTCOME_LEVELS),
  zones: z.array(z.string()),
  aspects: z.array(z.enum(WELL_BEING_ASPECTS)),
  indicators: z.array(indicatorSchema),
  inputs: text,
  outputs: text,
  paymentShare: z.number().min(0).max(100).nullable(),
  evidence: text,
  whenNotMet: text,
  status: z.enum(OUTCOME_STATUSES),
  position: z.string(),
  createdAt: z.number(),
});

export interface FrameworkContext {
  model: CommissioningModel;
  /** The workspace's zones; a population outcome should name at least one when there are any. */
  zones: readonly string[];
}

const blank = (value: string) => value.trim() === '';
const paysForOutcomes = (model: CommissioningModel) => model === '2' || model === 'hybrid';

/**
 * One outcome, judged in the workspace's context: what is still to do before it can be agreed or paid on.
 * Judged as read, not re-checked against outcomeSchema: a shape error (a share of 150, an aspect this
 * version does not know) would come out as "statement missing" and could stop these rules running.
 */
function outcomeRules(context: FrameworkContext) {
  return z.custom<OutcomeValues>().superRefine((outcome, ctx) => {
    if (outcome.status === 'retired') return;
    const add = (code: IssueCode, path: (string | number)[]) => ctx.addIssue({ code: 'custom', message: code, path });
    if (blank(outcome.statement)) add('statementMissing', ['statement']);
    if (outcome.aspects.length === 0) add('aspectMissing', ['aspects']);
    if (outcome.level === 'population' && context.zones.length > 0 && outcome.zones.length === 0) add('zoneMissing', ['zones']);
    if (outcome.status !== 'agreed') return;
    if (outcome.indicators.length === 0) add('agreedWithoutIndicator', ['indicators']);
    outcome.indicators.forEach((indicator, index) => {
      if (blank(indicator.measure) || blank(indicator.target)) add('indicatorIncomplete', ['indicators', index]);
    });
    if (paysForOutcomes(context.model) && outcome.paymentShare === null) add('paymentShareMissing', ['paymentShare']);
  });
}

/** Everything still incomplete in a framework, in its order. */
export function frameworkIssues(outcomes: readonly OutcomeValues[], context: FrameworkContext): FrameworkIssue[] {
  const rules = outcomeRules(context);
  const issues: FrameworkIssue[] = [];
  for (const outcome of outcomes) {
    const result = rules.safeParse(outcome);
    if (result.success) continue;
    for (const issue of result.error.issues) {
      const [field, index] = issue.path;
      const known = (ISSUE_CODES as readonly string[]).includes(issue.message);
      issues.push({
        code: known ? (issue.message as IssueCode) : 'statementMissing',
        outcomeId: outcome.id,
        field: typeof index === 'number' ? `indicator:${outcome.indicators[index]?.id}` : typeof field === 'string' ? field : null,
      });
    }
  }
  if (paysForOutcomes(context.model)) {
    const shares = outcomes.filter((o) => o.status === 'agreed' && o.paymentShare !== null);
    const total = shares.reduce((sum, o) => sum + (o.paymentShare ?? 0), 0);
    // Compare in hundredths so 33.33 + 33.33 + 33.34 is 100.
    if (shares.length > 0 && Math.round(total * 100) !== 10_000) {
      issues.push({ code: 'paymentSharesNotHundred', outcomeId: null, field: null, values: { total: Math.round(total * 100) / 100 } });
    }
  }
  return issues;
}

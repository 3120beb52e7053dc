import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { COMMISSIONING_MODELS, type CommissioningModel } from '../../shared/schemas/workspace.ts';
import { exampleOutcomes } from '../../shared/outcomes/examples.ts';
import { addExampleOutcomes, addOutcome, duplicateOutcome, readFramework, type IndicatorValues, type OutcomeValues } from '../../shared/outcomes/outcomeDoc.ts';
import { frameworkIssues, outcomeSchema, type FrameworkContext, type FrameworkIssue } from '../../shared/outcomes/validation.ts';

let counter = 0;

function indicator(values: Partial<IndicatorValues> = {}): IndicatorValues {
  counter += 1;
  return { id: `i${counter}`, measure: 'Visits on time', baseline: '', target: '95%', source: '', reporter: '', frequency: 'monthly', ...values };
}

/** A complete, agreed outcome: nothing left to do unless a test takes something away. */
function outcome(values: Partial<OutcomeValues> = {}): OutcomeValues {
  counter += 1;
  return {
    id: `o${counter}`, statement: 'I get up at a time that suits me', statementCy: '', languageStamps: { en: 0, cy: 0, enFollows: null, cyFollows: null }, note: '', level: 'individual', zones: [], aspects: ['control'],
    indicators: [indicator()], inputs: '', outputs: '', paymentShare: null, evidence: '', whenNotMet: '', status: 'agreed',
    position: `a${counter}`, createdAt: 1, ...values,
  };
}

const inModel = (model: CommissioningModel, zones: string[] = []): FrameworkContext => ({ model, zones });
const codes = (issues: FrameworkIssue[]) => issues.map((i) => i.code);

describe('outcome schema', () => {
  for (const model of COMMISSIONING_MODELS) {
    for (const language of ['en', 'cy'] as const) {
      it(`accepts what the document reads back for the model ${model} examples in ${language}`, () => {
        const doc = new Y.Doc();
        addExampleOutcomes(doc, exampleOutcomes(model, language));
        duplicateOutcome(doc, 'example-1');
        const read = readFramework(doc);
        expect(read.length).toBeGreaterThan(2);
        for (const o of read) expect(outcomeSchema.parse(o)).toEqual(o);
      });
    }
  }

  it('accepts an outcome added with nothing', () => {
    const doc = new Y.Doc();
    addOutcome(doc);
    expect(outcomeSchema.safeParse(readFramework(doc)[0]).success).toBe(true);
  });

  it.each<[string, Record<string, unknown>]>([
    ['an unknown level', { level: 'national' }],
    ['a payment share over 100', { paymentShare: 100.01 }],
    ['a negative payment share', { paymentShare: -1 }],
    ['a payment share that is not a number', { paymentShare: '40' }],
    ['an unknown well-being aspect', { aspects: ['happiness'] }],
    ['an unknown status', { status: 'done' }],
    ['an empty id', { id: '' }],
    ['a statement that is not text', { statement: 42 }],
    ['a statement over 10,000 characters', { statement: 'x'.repeat(10_001) }],
    ['an indicator with an unknown frequency', { indicators: [{ ...indicator(), frequency: 'hourly' }] }],
    ['an indicator without an id', { indicators: [{ ...indicator(), id: '' }] }],
  ])('rejects %s', (_name, bad) => {
    expect(outcomeSchema.safeParse({ ...outcome(), ...bad }).success).toBe(false);
  });

  it('accepts the edges of the payment share range and no share at all', () => {
    for (const paymentShare of [0, 100, 33.33, null]) expect(outcomeSchema.safeParse(outcome({ paymentShare })).success).toBe(true);
  });
});

describe('what a framework still lacks', () => {
  it('finds nothing in a complete agreed outcome', () => {
    expect(frameworkIssues([outcome()], inModel('1'))).toEqual([]);
  });

  it('asks for a statement when it is empty or only spaces', () => {
    const empty = outcome({ statement: '' });
    const spaces = outcome({ statement: '  \n ' });
    expect(frameworkIssues([empty, spaces], inModel('1'))).toEqual([
      { code: 'statementMissing', outcomeId: empty.id, field: 'statement' },
      { code: 'statementMissing', outcomeId: spaces.id, field: 'statement' },
    ]);
  });

  it('asks for at least one well-being aspect', () => {
    const o = outcome({ aspects: [] });
    expect(frameworkIssues([o], inModel('1'))).toEqual([{ code: 'aspectMissing', outcomeId: o.id, field: 'aspects' }]);
  });

  it('asks an agreed outcome for an indicator', () => {
    const o = outcome({ indicators: [] });
    expect(frameworkIssues([o], inModel('1'))).toEqual([{ code: 'agreedWithoutIndicator', outcomeId: o.id, field: 'indicators' }]);
  });

  it('names each indicator that lacks a measure or a target, and not one that lacks only the rest', () => {
    const noMeasure = indicator({ measure: ' ' });
    const noTarget = indicator({ target: '' });
    const onlyMeasureAndTarget = indicator({ baseline: '', source: '', reporter: '', frequency: '' });
    const o = outcome({ indicators: [noMeasure, onlyMeasureAndTarget, noTarget] });
    expect(frameworkIssues([o], inModel('1'))).toEqual([
      { code: 'indicatorIncomplete', outcomeId: o.id, field: `indicator:${noMeasure.id}` },
      { code: 'indicatorIncomplete', outcomeId: o.id, field: `indicator:${noTarget.id}` },
    ]);
  });

  it('does not ask a proposed outcome for indicators, complete ones or a payment share', () => {
    const none = outcome({ status: 'proposed', indicators: [] });
    const incomplete = outcome({ status: 'proposed', indicators: [indicator({ measure: '', target: '' })] });
    expect(frameworkIssues([none, incomplete], inModel('2'))).toEqual([]);
  });

  it('still asks a proposed outcome for its statement and aspects', () => {
    expect(codes(frameworkIssues([outcome({ status: 'proposed', statement: '', aspects: [] })], inModel('1')))).toEqual([
      'statementMissing',
      'aspectMissing',
    ]);
  });

  it('asks a population outcome for a zone only when the workspace has zones', () => {
    const population = outcome({ level: 'population' });
    const individual = outcome({ level: 'individual' });
    const zoned = outcome({ level: 'population', zones: ['north'] });
    expect(frameworkIssues([population, individual, zoned], inModel('3', ['north', 'south']))).toEqual([
      { code: 'zoneMissing', outcomeId: population.id, field: 'zones' },
    ]);
    expect(frameworkIssues([population], inModel('3'))).toEqual([]);
  });

  it.each<[CommissioningModel, boolean]>([
    ['1', false],
    ['2', true],
    ['3', false],
    ['hybrid', true],
  ])('asks an agreed outcome for a payment share in model %s: %s', (model, asked) => {
    const o = outcome({ paymentShare: null });
    const expected = asked ? [{ code: 'paymentShareMissing', outcomeId: o.id, field: 'paymentShare' }] : [];
    expect(frameworkIssues([o], inModel(model))).toEqual(expected);
  });

  it('reports payment shares that do not add to 100, with the total', () => {
    const shares = [60, 30].map((paymentShare) => outcome({ paymentShare }));
    for (const model of ['2', 'hybrid'] as const) {
      expect(frameworkIssues(shares, inModel(model))).toEqual([
        { code: 'paymentSharesNotHundred', outcomeId: null, field: null, values: { total: 90 } },
      ]);
    }
    expect(frameworkIssues(shares, inModel('1'))).toEqual([]);
    expect(frameworkIssues(shares, inModel('3'))).toEqual([]);
    const over = [60, 40.5].map((paymentShare) => outcome({ paymentShare }));
    expect(frameworkIssues(over, inModel('2'))[0]?.values).toEqual({ total: 100.5 });
  });

  it('counts 33.33 + 33.33 + 33.34 as 100', () => {
    const thirds = [33.33, 33.33, 33.34].map((paymentShare) => outcome({ paymentShare }));
    expect(frameworkIssues(thirds, inModel('2'))).toEqual([]);
    expect(frameworkIssues(thirds.slice(0, 2).concat(outcome({ paymentShare: 33.33 })), inModel('2'))[0]?.values).toEqual({ total: 99.99 });
  });

  it('adds up only agreed outcomes’ shares', () => {
    const framework = [
      outcome({ paymentShare: 100 }),
      outcome({ paymentShare: 35, status: 'proposed' }),
      outcome({ paymentShare: 20, status: 'retired' }),
    ];
    expect(frameworkIssues(framework, inModel('2'))).toEqual([]);
  });

  it('never flags a retired outcome, however incomplete', () => {
    const retired = outcome({ status: 'retired', statement: '', aspects: [], indicators: [indicator({ measure: '' })], level: 'population', paymentShare: null });
    expect(frameworkIssues([retired], inModel('hybrid', ['north']))).toEqual([]);
    expect(frameworkIssues([outcome({ status: 'retired', indicators: [] })], inModel('2'))).toEqual([]);
  });

  it('lists issues in the framework’s order', () => {
    const first = outcome({ aspects: [] });
    const second = outcome({ statement: '' });
    expect(frameworkIssues([first, second], inModel('1')).map((i) => i.outcomeId)).toEqual([first.id, second.id]);
  });

  it('does not call a value out of range a missing statement or a broken indicator', () => {
    // What a person could put in the document: a share typed as 150, an aspect an older version knew.
    const overShare = outcome({ paymentShare: 150 });
    const oddAspect = outcome({ aspects: ['control', 'happiness' as 'control'] });
    const issues = frameworkIssues([overShare, oddAspect], inModel('2'));
    expect(issues.filter((i) => i.outcomeId !== null)).toEqual([
      { code: 'paymentShareMissing', outcomeId: oddAspect.id, field: 'paymentShare' },
    ]);
    expect(codes(issues)).toContain('paymentSharesNotHundred');
  });
});

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { COMMISSIONING_MODELS, type CommissioningModel } from '../../shared/schemas/workspace.ts';
import { exampleOutcomes } from '../../shared/outcomes/examples.ts';
import { addExampleOutcomes, readFramework, setStatus, type NewOutcome } from '../../shared/outcomes/outcomeDoc.ts';
import { frameworkIssues } from '../../shared/outcomes/validation.ts';
import { WELL_BEING_ASPECTS } from '../../shared/outcomes/vocabulary.ts';

/** Everything about an example except the words people read. */
const structure = ({ statement: _s, note, indicators, ...rest }: NewOutcome) => ({
  ...rest,
  hasNote: Boolean(note),
  indicators: (indicators ?? []).map(({ measure: _m, target: _t, source: _so, ...indicator }) => indicator),
});

const startedFrom = (model: CommissioningModel, language: 'en' | 'cy') => {
  const doc = new Y.Doc();
  addExampleOutcomes(doc, exampleOutcomes(model, language));
  return doc;
};

describe('example outcomes', () => {
  it.each(COMMISSIONING_MODELS)('model %s offers at least two examples in each language', (model) => {
    expect(exampleOutcomes(model, 'en').length).toBeGreaterThanOrEqual(2);
    expect(exampleOutcomes(model, 'cy').length).toBeGreaterThanOrEqual(2);
  });

  it.each(COMMISSIONING_MODELS)('model %s says the same things in Welsh and English, in different words', (model) => {
    const en = exampleOutcomes(model, 'en');
    const cy = exampleOutcomes(model, 'cy');
    expect(cy.map(structure)).toEqual(en.map(structure));
    en.forEach((english, index) => {
      const welsh = cy[index]!;
      expect(welsh.statement).not.toBe(english.statement);
      expect(welsh.indicators![0]!.measure).not.toBe(english.indicators![0]!.measure);
      for (const words of [english.statement, welsh.statement, english.indicators![0]!.measure, welsh.indicators![0]!.measure]) {
        expect(words?.trim()).not.toBe('');
      }
    });
  });

  it.each(COMMISSIONING_MODELS)('model %s examples each have a different statement', (model) => {
    for (const language of ['en', 'cy'] as const) {
      const statements = exampleOutcomes(model, language).map((e) => e.statement);
      expect(new Set(statements).size).toBe(statements.length);
    }
  });

  it('model 3 examples are all about the population of a zone', () => {
    for (const language of ['en', 'cy'] as const) {
      expect(exampleOutcomes('3', language).map((e) => e.level)).toEqual(exampleOutcomes('3', language).map(() => 'population'));
    }
  });

  it('models 1 and 2 examples are about individuals; hybrid offers both', () => {
    for (const model of ['1', '2'] as const) expect(new Set(exampleOutcomes(model, 'en').map((e) => e.level))).toEqual(new Set(['individual']));
    expect(new Set(exampleOutcomes('hybrid', 'en').map((e) => e.level))).toEqual(new Set(['individual', 'population']));
  });

  it('model 2 example payment shares add up to 100, in both languages', () => {
    for (const language of ['en', 'cy'] as const) {
      const shares = exampleOutcomes('2', language).map((e) => e.paymentShare);
      expect(shares.every((share) => typeof share === 'number')).toBe(true);
      expect(shares.reduce<number>((sum, share) => sum + (share ?? 0), 0)).toBe(100);
    }
  });

  it.each(['1', '3', 'hybrid'] as const)('model %s examples carry no payment share', (model) => {
    expect(exampleOutcomes(model, 'en').map((e) => e.paymentShare)).toEqual(exampleOutcomes(model, 'en').map(() => undefined));
  });

  it('every example names only well-being aspects the Act lists, at least one each', () => {
    for (const model of COMMISSIONING_MODELS) {
      for (const example of exampleOutcomes(model, 'cy')) {
        expect(example.aspects!.length).toBeGreaterThan(0);
        for (const aspect of example.aspects!) expect(WELL_BEING_ASPECTS).toContain(aspect);
      }
    }
  });

  it('hands out copies: changing one set of examples leaves the next untouched', () => {
    const first = exampleOutcomes('1', 'en');
    first[0]!.aspects!.push('work');
    first[0]!.indicators![0]!.measure = 'changed';
    const second = exampleOutcomes('1', 'en');
    expect(second[0]!.aspects).not.toContain('work');
    expect(second[0]!.indicators![0]!.measure).not.toBe('changed');
  });
});

describe('a framework started from the examples', () => {
  it.each(COMMISSIONING_MODELS)('model %s examples arrive in the order given, as proposals', (model) => {
    const framework = readFramework(startedFrom(model, 'cy'));
    expect(framework.map((o) => o.statement)).toEqual(exampleOutcomes(model, 'cy').map((e) => e.statement));
    expect(framework.every((o) => o.status === 'proposed')).toBe(true);
  });

  it.each(COMMISSIONING_MODELS)('model %s examples, once all agreed, leave nothing to do', (model) => {
    const doc = startedFrom(model, 'en');
    for (const o of readFramework(doc)) setStatus(doc, o.id, 'agreed');
    const issues = frameworkIssues(readFramework(doc), { model, zones: [] });
    // Hybrid examples come without shares: people set the split themselves.
    const expected = model === 'hybrid' ? readFramework(doc).map(() => 'paymentShareMissing') : [];
    expect(issues.map((i) => i.code)).toEqual(expected);
  });

  it('model 3 examples ask for a zone once the workspace has zones', () => {
    const framework = readFramework(startedFrom('3', 'en'));
    const issues = frameworkIssues(framework, { model: '3', zones: ['Gogledd', 'De'] });
    expect(issues).toEqual(framework.map((o) => ({ code: 'zoneMissing', outcomeId: o.id, field: 'zones' })));
  });
});

import { describe, expect, it } from 'vitest';
import i18next, { type TFunction } from 'i18next';
import { fieldLabel, fieldValue } from '../../client/history/fieldWords.ts';
import type { Version } from '../../client/history/historyApi.ts';
import { personName, versionName, versionTitle } from '../../client/history/versionName.ts';
import { cy, en } from '../../client/i18n/resources.ts';

function translator(lng: 'en' | 'cy'): TFunction {
  const instance = i18next.createInstance();
  void instance.init({ lng, initAsync: false, resources: { en: { translation: en }, cy: { translation: cy } } });
  return instance.t;
}

const version = (overrides: Partial<Version>): Version => ({
  number: 3,
  label: '',
  kind: 'manual',
  author: null,
  createdAt: '2026-11-30T10:00:00.000Z',
  upToSeq: 7,
  basedOn: null,
  stateHash: 'a',
  previousHash: 'c',
  hash: 'b',
  contributors: [],
  ...overrides,
});

describe('the history’s words for versions and fields', () => {
  const t = translator('en');
  const tCy = translator('cy');

  it('names a version by its restore, its label, or the moment that kept it', () => {
    expect(versionName(t, version({ kind: 'restored', basedOn: 1, label: 'First draft' }))).toBe('Restored from version 1');
    expect(versionName(t, version({ label: 'Draft issued to providers v0.3' }))).toBe('Draft issued to providers v0.3');
    expect(versionName(t, version({ kind: 'consultation_closed' }))).toBe('Consultation closed');
    expect(versionTitle(tCy, version({ kind: 'automatic' }))).toBe('Fersiwn 3: Wedi’i chadw’n awtomatig');
    expect(versionTitle(tCy, version({ kind: 'restored', basedOn: 2 }))).toBe('Fersiwn 3: Wedi’i hadfer o fersiwn 2');
    expect(personName(t, { id: 'x', name: null })).toBe('A former member');
  });

  it('calls fields what the editors call them, and leaves unknown ones as they are', () => {
    expect(fieldLabel(t, 'outcome', 'whenNotMet')).toBe('When it is not met');
    expect(fieldLabel(t, 'outcome', 'indicators')).toBe('Indicators: how we will know');
    expect(fieldLabel(t, 'node', 'stage')).toBe('Stage');
    expect(fieldLabel(tCy, 'node', 'label')).toBe('Enw');
    expect(fieldLabel(t, 'edge', 'target')).toBe('To');
    expect(fieldLabel(t, 'outcome', 'somethingNew')).toBe('somethingNew');
  });

  it('puts values into words: vocabularies, sets, indicators, connection ends, and empty', () => {
    expect(fieldValue(t, 'outcome', 'status', 'agreed')).toBe('Agreed');
    expect(fieldValue(tCy, 'outcome', 'level', 'population')).not.toBe('population');
    expect(fieldValue(t, 'outcome', 'aspects', { work: true, control: true })).toBe('Control over day-to-day life, Participation in work');
    expect(fieldValue(t, 'outcome', 'zones', { Wrexham: true })).toBe('Wrexham');
    expect(fieldValue(t, 'outcome', 'indicators', [{ measure: 'Visits on time', target: '95%' }, { measure: '' }])).toBe('Visits on time (Target: 95%); (empty)');
    expect(fieldValue(t, 'outcome', 'paymentShare', null)).toBe('(empty)');
    expect(fieldValue(t, 'outcome', 'paymentShare', 40)).toBe('40');
    expect(fieldValue(t, 'node', 'method', 'drop_in')).toBe('Drop-in');
    expect(fieldValue(t, 'node', 'involved', { carer: true, citizen: true })).toBe('Carers, Citizens');
    expect(fieldValue(t, 'node', 'kind', 'not-a-kind')).toBe('not-a-kind');
    expect(fieldValue(t, 'edge', 'source', 'n1', (id) => (id === 'n1' ? 'Survey' : null))).toBe('Survey');
    expect(fieldValue(t, 'edge', 'source', 'gone', () => null)).toBe('gone');
    expect(fieldValue(tCy, 'node', 'owner', '')).toBe('(gwag)');
  });
});

import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/access.ts';
import { abilitiesOf } from '../../client/calls/abilities.ts';
import type { CallState, CallView, Contribution } from '../../client/calls/callApi.ts';
import { applyFilters, NO_FILTERS } from '../../client/calls/contributionOrder.ts';

const contribution = (id: string, extra: Partial<Contribution>): Contribution => ({
  id,
  kind: 'idea',
  body: id,
  outcomeId: 'lonely',
  zone: null,
  author: { id: 'someone', name: 'Someone' },
  createdAt: '2026-11-30T10:00:00.000Z',
  hidden: null,
  answer: null,
  promoted: null,
  supports: 0,
  supportedByMe: false,
  reportedByMe: false,
  comments: [],
  ...extra,
});

const view = (state: CallState, role: Role | null, contributions: Contribution[] = []): CallView => ({
  call: { id: 'c', workspaceId: 'w', title: 'T', introduction: 'I', opensAt: '', closesAt: '', zones: ['North', 'South'], outcomeIds: [], public: true, state },
  outcomes: [],
  contributions,
  viewer: role ? { userId: 'me', role } : null,
});

describe('the call page', () => {
  const list = [
    contribution('old-popular', { createdAt: '2026-11-30T09:00:00.000Z', supports: 3, zone: 'North' }),
    contribution('new-quiet', { createdAt: '2026-11-30T11:00:00.000Z', supports: 0, zone: 'South' }),
    contribution('mid-popular', { createdAt: '2026-11-30T10:00:00.000Z', supports: 3, outcomeId: 'connected', zone: 'North' }),
  ];
  const ids = (items: Contribution[]) => items.map((c) => c.id);

  it('orders newest first, or most supported first with ties newest first', () => {
    expect(ids(applyFilters(view('open', null, list), NO_FILTERS))).toEqual(['new-quiet', 'mid-popular', 'old-popular']);
    expect(ids(applyFilters(view('open', null, list), { ...NO_FILTERS, sort: 'supported' }))).toEqual(['mid-popular', 'old-popular', 'new-quiet']);
  });

  it('filters by outcome and by zone, together', () => {
    expect(ids(applyFilters(view('open', null, list), { ...NO_FILTERS, outcomeId: 'lonely' }))).toEqual(['new-quiet', 'old-popular']);
    expect(ids(applyFilters(view('open', null, list), { ...NO_FILTERS, zone: 'North' }))).toEqual(['mid-popular', 'old-popular']);
    expect(ids(applyFilters(view('open', null, list), { ...NO_FILTERS, outcomeId: 'lonely', zone: 'North' }))).toEqual(['old-popular']);
  });

  it('offers each role only what the server accepts, and nothing new once the call has closed', () => {
    expect(abilitiesOf(view('open', 'citizen'))).toEqual({ contribute: true, support: true, comment: true, report: true, moderate: false });
    expect(abilitiesOf(view('open', 'carer')).contribute).toBe(true);
    expect(abilitiesOf(view('open', 'provider'))).toEqual({ contribute: false, support: false, comment: false, report: true, moderate: false });
    expect(abilitiesOf(view('open', 'commissioner'))).toEqual({ contribute: false, support: false, comment: true, report: true, moderate: true });
    expect(abilitiesOf(view('open', null))).toEqual({ contribute: false, support: false, comment: false, report: false, moderate: false });
    expect(abilitiesOf(view('scheduled', 'citizen')).contribute).toBe(false);
    expect(abilitiesOf(view('closed', 'citizen'))).toEqual({ contribute: false, support: false, comment: false, report: false, moderate: false });
    // Answers are mostly written after the close.
    expect(abilitiesOf(view('closed', 'commissioner')).moderate).toBe(true);
  });
});

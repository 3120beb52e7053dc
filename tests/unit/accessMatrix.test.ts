import { describe, expect, it } from 'vitest';
import { accessByRole, accessFor, allows, ARTEFACT_KINDS, DEFAULT_ACCESS, levelsFor, overrideProblem, ROLES } from '../../shared/access.ts';

describe('access matrix', () => {
  it('gives each role the default level of DESIGN.md for each artefact kind', () => {
    for (const kind of ARTEFACT_KINDS) for (const role of ROLES) expect(accessFor(kind, role)).toBe(DEFAULT_ACCESS[kind][role]);
    expect(accessFor('specification', 'provider')).toBe('comment');
    expect(accessFor('outcomes', 'citizen')).toBe('view');
    expect(accessFor('specification', 'citizen')).toBe('none');
  });

  it('applies an artefact’s overrides, but never lets a provider edit a specification', () => {
    expect(accessFor('specification', 'citizen', { citizen: 'view' })).toBe('view');
    expect(accessFor('map', 'provider', { provider: 'view' })).toBe('view');
    expect(accessFor('specification', 'provider', { provider: 'edit' })).toBe('comment');
    expect(overrideProblem('specification', 'provider', 'edit')).toMatch(/at most comment/);
    expect(overrideProblem('outcomes', 'provider', 'none')).toBeNull();
  });

  it('always keeps commissioners at edit', () => {
    expect(accessFor('outcomes', 'commissioner', { commissioner: 'view' })).toBe('edit');
    expect(overrideProblem('map', 'commissioner', 'view')).not.toBeNull();
  });

  it('orders levels: edit includes comment includes view', () => {
    expect(allows('edit', 'comment')).toBe(true);
    expect(allows('comment', 'view')).toBe(true);
    expect(allows('comment', 'edit')).toBe(false);
    expect(allows('none', 'view')).toBe(false);
  });

  it('lists every role’s level for a commissioner, and offers only the levels an override may set', () => {
    expect(accessByRole('outcomes', { citizen: 'none' })).toEqual({ commissioner: 'edit', provider: 'edit', service_user: 'edit', carer: 'edit', citizen: 'none' });
    expect(accessByRole('specification')).toEqual(DEFAULT_ACCESS.specification);
    expect(levelsFor('specification', 'provider')).toEqual(['none', 'view', 'comment']);
    expect(levelsFor('specification', 'citizen')).toEqual(['none', 'view', 'comment', 'edit']);
    expect(levelsFor('outcomes', 'commissioner')).toEqual(['edit']);
  });
});

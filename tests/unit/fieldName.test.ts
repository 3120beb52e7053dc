import { describe, expect, it } from 'vitest';
import { fieldName } from '../../client/ui/errorMessages.ts';

/** Which field of a form a refusal belongs to, from the path the server or zod names. */
describe('fieldName', () => {
  it('prefers a field named by the whole path (one select per role: access.citizen)', () => {
    const fields = { 'access.citizen': 'errors.accessLevel', 'access.provider': 'errors.accessLevel' } as const;
    expect(fieldName('access.provider', fields)).toBe('access.provider');
    expect(fieldName('access', fields)).toBeUndefined();
  });

  it('falls back to the first part (zones.2 is the zones field), and to nothing for unknown fields', () => {
    const fields = { zones: 'errors.zones' } as const;
    expect(fieldName('zones.2', fields)).toBe('zones');
    expect(fieldName('name', fields)).toBeUndefined();
    expect(fieldName(undefined, fields)).toBeUndefined();
  });
});

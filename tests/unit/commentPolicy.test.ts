import { describe, expect, it } from 'vitest';
import { canSeeThread, consultationState, writeBlocked, type ThreadAudience } from '../../server/policies/commentPolicy.ts';
import type { Membership } from '../../server/policies/workspacePolicy.ts';
import type { ConsultationTable } from '../../server/db/schema.ts';
import { commentAnchor } from '../../shared/schemas/comments.ts';

const member = (userId: string, role: Membership['role'], organisationId: string | null = null): Membership => ({ workspaceId: 'w', userId, role, organisationId });

describe('who sees a comment thread', () => {
  const confidential = (authorId: string, authorOrganisationId: string | null): ThreadAudience => ({ visibility: 'confidential', authorId, authorOrganisationId });

  it('shows open threads to everyone, confidential ones to commissioners, the author and the author’s organisation', () => {
    const open: ThreadAudience = { visibility: 'open', authorId: 'a', authorOrganisationId: 'org1' };
    for (const viewer of [member('x', 'provider', 'org2'), member('y', 'service_user'), member('z', 'citizen')]) expect(canSeeThread(viewer, open)).toBe(true);

    const providers = confidential('a', 'org1');
    expect(canSeeThread(member('c', 'commissioner'), providers)).toBe(true);
    expect(canSeeThread(member('a', 'provider', 'org1'), providers)).toBe(true);
    expect(canSeeThread(member('b', 'provider', 'org1'), providers)).toBe(true);
    expect(canSeeThread(member('d', 'provider', 'org2'), providers)).toBe(false);
    expect(canSeeThread(member('e', 'carer'), providers)).toBe(false);

    const serviceUsers = confidential('s', null);
    expect(canSeeThread(member('s', 'service_user'), serviceUsers)).toBe(true);
    expect(canSeeThread(member('t', 'service_user'), serviceUsers)).toBe(false);
    // A provider without an organisation never matches another organisation-less author.
    expect(canSeeThread(member('p', 'provider', null), serviceUsers)).toBe(false);
  });
});

describe('consultation state', () => {
  const consultation = { opens_at: '2026-11-01T00:00:00.000Z', closes_at: '2026-11-10T00:00:00.000Z' } as ConsultationTable;

  it('is scheduled before the open date, open until the close date, then closed and read-only', () => {
    expect(consultationState(undefined, '2026-11-05T00:00:00.000Z')).toBe('none');
    expect(consultationState(consultation, '2026-10-31T23:59:59.999Z')).toBe('scheduled');
    expect(consultationState(consultation, '2026-11-01T00:00:00.000Z')).toBe('open');
    expect(consultationState(consultation, '2026-11-10T00:00:00.000Z')).toBe('closed');
    expect(writeBlocked('none')).toBeNull();
    expect(writeBlocked('open')).toBeNull();
    expect(writeBlocked('closed')?.error).toBe('consultation_closed');
    expect(writeBlocked('scheduled')?.error).toBe('consultation_not_open');
  });
});

describe('comment anchors', () => {
  it('are kept as the client sent them, extra keys included, within a size limit', () => {
    const anchor = { start: 'AQIDBA==', end: { item: { client: 1, clock: 2 } }, quote: 'dressed', version: 2 };
    expect(commentAnchor.parse(anchor)).toEqual(anchor);
    expect(commentAnchor.safeParse({ ...anchor, padding: 'x'.repeat(9000) }).success).toBe(false);
    expect(commentAnchor.safeParse({ ...anchor, start: null }).success).toBe(false);
  });
});

import type { Kysely } from 'kysely';
import type { Role } from '../../shared/access.ts';
import type { CallTable, ContributionTable, Database } from '../db/schema.ts';
import type { AuthState } from '../http/appEnv.ts';
import { membershipOf, type Membership } from './workspacePolicy.ts';

/**
 * Who may do what with population contributions (DESIGN.md §2): people who
 * use services, carers and citizens contribute and support; providers view;
 * commissioners moderate, answer and promote. A public call is readable by
 * anyone, signed in or not.
 */
const CONTRIBUTORS: readonly Role[] = ['service_user', 'carer', 'citizen'];

export type CallState = 'scheduled' | 'open' | 'closed';

export function callState(call: CallTable, now: string): CallState {
  if (now < call.opens_at) return 'scheduled';
  return now < call.closes_at ? 'open' : 'closed';
}

export const canContribute = (membership: Membership | null) => membership !== null && CONTRIBUTORS.includes(membership.role);
export const canModerate = (membership: Membership | null) => membership?.role === 'commissioner';

export interface CallViewer {
  call: CallTable;
  /** null: a signed-out reader (or a non-member) of a public call. */
  membership: Membership | null;
}

/** The call and the caller's standing; null when it does not exist or they may not read it (404 alike: a private call is not admitted to). */
export async function callViewer(db: Kysely<Database>, auth: AuthState | null, callId: string): Promise<CallViewer | null> {
  const call = await db.selectFrom('calls').selectAll().where('id', '=', callId).executeTakeFirst();
  if (!call) return null;
  const membership = auth ? await membershipOf(db, auth, call.workspace_id) : null;
  if (!membership && !call.public) return null;
  return { call, membership };
}

/** Hidden contributions are seen only by their author (with the reason) and commissioners. */
export function canSeeContribution(viewer: Membership | null, contribution: Pick<ContributionTable, 'hidden' | 'author_id'>): boolean {
  if (!contribution.hidden) return true;
  return viewer !== null && (canModerate(viewer) || viewer.userId === contribution.author_id);
}

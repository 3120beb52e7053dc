import type { Kysely } from 'kysely';
import { allows, type AccessLevel } from '../../shared/access.ts';
import type { ArtefactTable, ConsultationTable, Database } from '../db/schema.ts';
import type { AuthState } from '../http/appEnv.ts';
import { artefactAccess, membershipOf, overridesFor, type Membership } from './workspacePolicy.ts';

/**
 * Who sees which comment thread on a specification, and when threads may be written.
 *
 * What a commissioner expects of a confidential consultation (equal treatment
 * of bidders): providers' comments stay between that provider organisation and
 * the commissioners. So a thread made while a confidential consultation runs
 * is seen by the commissioners, by its author, and — when the author is a
 * provider — by the other members of the author's organisation; nobody else.
 * Service users and carers with comment access are not bidders, but their
 * comments in a confidential consultation are kept just as private (their own
 * and the commissioners'), because they may speak about their own care and a
 * provider should not learn it from a bidding round. Threads made outside a
 * confidential consultation (none running, or an open one) are open: every
 * member who may view the specification sees them. A thread keeps the
 * visibility it was made with, so closing or opening a consultation never
 * exposes what was written in confidence. Clarifications are published to
 * everyone who may view the specification.
 */
export interface ThreadAudience {
  visibility: 'open' | 'confidential';
  authorId: string;
  authorOrganisationId: string | null;
}

export function canSeeThread(viewer: Membership, thread: ThreadAudience): boolean {
  if (viewer.role === 'commissioner') return true;
  if (thread.visibility === 'open') return true;
  if (thread.authorId === viewer.userId) return true;
  return viewer.role === 'provider' && viewer.organisationId !== null && viewer.organisationId === thread.authorOrganisationId;
}

/** A member and their level on one specification. */
export interface SpecificationViewer {
  artefact: ArtefactTable;
  membership: Membership;
  access: AccessLevel;
}

/** The caller on a specification: null when it does not exist, is not a specification, or they are not a member (404 alike). */
export async function specificationViewer(db: Kysely<Database>, auth: AuthState, artefactId: string): Promise<SpecificationViewer | null> {
  const artefact = await db.selectFrom('artefacts').selectAll().where('id', '=', artefactId).executeTakeFirst();
  if (!artefact || artefact.kind !== 'specification') return null;
  const membership = await membershipOf(db, auth, artefact.workspace_id);
  if (!membership) return null;
  const overrides = (await overridesFor(db, [artefact.id])).get(artefact.id);
  return { artefact, membership, access: artefactAccess(membership, artefact, overrides) };
}

export const canRead = (viewer: SpecificationViewer) => allows(viewer.access, 'view');
export const canComment = (viewer: SpecificationViewer) => allows(viewer.access, 'comment');

export type ConsultationState = 'none' | 'scheduled' | 'open' | 'closed';

/** Where a consultation stands at `now` (ISO strings compare in time order). */
export function consultationState(consultation: ConsultationTable | undefined, now: string): ConsultationState {
  if (!consultation) return 'none';
  if (now < consultation.opens_at) return 'scheduled';
  if (now >= consultation.closes_at) return 'closed';
  return 'open';
}

/** The newest consultation on a specification: the one that decides whether comments may be written. */
export function currentConsultation(db: Kysely<Database>, artefactId: string): Promise<ConsultationTable | undefined> {
  return db
    .selectFrom('consultations')
    .selectAll()
    .where('artefact_id', '=', artefactId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst() as Promise<ConsultationTable | undefined>;
}

/**
 * Why comments may not be written now, or null when they may. Before any
 * consultation, members with comment access comment freely (in the open); once
 * one is scheduled they wait for it to open; after its close date everything is
 * read-only until a commissioner opens another, so the record that "you said,
 * we did" answers stays fixed.
 */
export function writeBlocked(state: ConsultationState): { error: string; message: string } | null {
  if (state === 'scheduled') return { error: 'consultation_not_open', message: 'The consultation on this specification has not opened yet' };
  if (state === 'closed') return { error: 'consultation_closed', message: 'The consultation on this specification has closed: comments are read-only' };
  return null;
}

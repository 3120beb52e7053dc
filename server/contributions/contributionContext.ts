import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import type { CallTable, ContributionTable, Database } from '../db/schema.ts';
import type { AppEnv } from '../http/appEnv.ts';
import { apiError } from '../http/errors.ts';
import { callState, callViewer, canSeeContribution, type CallState } from '../policies/contributionPolicy.ts';
import type { Membership } from '../policies/workspacePolicy.ts';

export interface ContributionViewer {
  contribution: ContributionTable;
  call: CallTable;
  state: CallState;
  membership: Membership | null;
}

/** The contribution named by `:id` if the caller may see it, with its call; otherwise the 404 to answer (a hidden one is not admitted to). */
export async function contributionOrError<E extends AppEnv>(context: Context<E>, db: Kysely<Database>): Promise<ContributionViewer | Response> {
  const c = context as unknown as Context<AppEnv>;
  const contribution = await db.selectFrom('contributions').selectAll().where('id', '=', c.req.param('id') ?? '').executeTakeFirst();
  const viewer = contribution ? await callViewer(db, c.get('auth'), contribution.call_id) : null;
  if (!contribution || !viewer || !canSeeContribution(viewer.membership, contribution)) {
    return apiError(c, 404, 'not_found', 'No contribution with that id, or it is not open to you');
  }
  return { contribution, call: viewer.call, state: callState(viewer.call, new Date().toISOString()), membership: viewer.membership };
}

/** Writing (contributing, supporting, commenting) happens only while the call is open. */
export function windowError(c: Context, state: CallState): Response | null {
  if (state === 'scheduled') return apiError(c, 409, 'call_not_open', 'This call has not opened yet');
  if (state === 'closed') return apiError(c, 409, 'call_closed', 'This call has closed: everything stays readable, but nothing new can be posted');
  return null;
}

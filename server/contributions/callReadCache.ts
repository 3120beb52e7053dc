import type { Kysely } from 'kysely';
import type { CallTable, ContributionCommentTable, ContributionTable, Database } from '../db/schema.ts';
import { canSeeContribution, type CallState } from '../policies/contributionPolicy.ts';
import type { Membership } from '../policies/workspacePolicy.ts';
import { presentCall, presentContribution, type PresentedContribution } from '../presenters/contributions.ts';
import { namesOf } from '../presenters/versions.ts';
import type { DocumentStore } from '../storage/documentStore.ts';
import { summariseCall } from './callSummary.ts';
import { callOutcomes, type PopulationOutcome } from './populationOutcomes.ts';

/**
 * Everyone viewing a call refetches it after each change (events carry ids
 * only), so one contribution to a busy public call makes hundreds of pages
 * ask at once. What they all share — the call's outcomes and every
 * contribution with its supporters, comments and names — is read once per
 * change and kept; each request only adds what is the viewer's own (what they
 * may see, their support, their reports). Signed-out readers all get the same
 * answer, kept as JSON.
 *
 * A read is kept until the call's next change (`changed`, called with every
 * event the call publishes) and never longer than MAX_AGE_MS, so edits that
 * publish nothing here (an outcome's statement, a person's name) show within
 * seconds. Concurrent requests for a stale call share one read.
 */
export const MAX_AGE_MS = 10_000;
/** Calls kept at once; the least recently read goes first. */
const MAX_CALLS = 100;

export interface CallRead {
  outcomes: PopulationOutcome[];
  /** Every contribution, hidden ones too, newest first. */
  rows: ContributionTable[];
  supporters: Map<string, Set<string>>;
  comments: Map<string, ContributionCommentTable[]>;
  names: Map<string, string>;
  /** `outcomes` and what a signed-out reader sees, as JSON. */
  publicJson: { outcomes: string; contributions: string };
  /** The whole answer to a signed-out reader, as bytes, per state of the call (it opens and closes with time). */
  publicBodies: Map<CallState, Uint8Array<ArrayBuffer>>;
  summary: ReturnType<typeof summariseCall>;
}

interface Entry {
  revision: number;
  readAt: number;
  read: Promise<CallRead>;
}

export class CallReadCache {
  private readonly entries = new Map<string, Entry>();
  private readonly revisions = new Map<string, number>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly store: DocumentStore,
    private readonly now: () => number = Date.now,
  ) {}

  /** The call changed: the next request reads it again. */
  changed(callId: string): void {
    this.revisions.set(callId, (this.revisions.get(callId) ?? 0) + 1);
    this.entries.delete(callId);
  }

  /** The shared read of `call`, fresh or kept. */
  read(call: CallTable): Promise<CallRead> {
    const revision = this.revisions.get(call.id) ?? 0;
    const kept = this.entries.get(call.id);
    if (kept && kept.revision === revision && this.now() - kept.readAt < MAX_AGE_MS) {
      // Most recently used last, for eviction.
      this.entries.delete(call.id);
      this.entries.set(call.id, kept);
      return kept.read;
    }
    const entry: Entry = { revision, readAt: this.now(), read: readCall(this.db, this.store, call) };
    // A failed read is not kept: the next request tries again.
    entry.read.catch(() => this.entries.get(call.id) === entry && this.entries.delete(call.id));
    this.entries.set(call.id, entry);
    while (this.entries.size > MAX_CALLS) this.entries.delete(this.entries.keys().next().value!);
    return entry.read;
  }

  /**
   * GET /api/calls/:id for everyone outside the workspace: all the same, so
   * put together once per state of the call and sent as bytes.
   */
  publicBody(read: CallRead, call: CallTable, state: CallState): Uint8Array<ArrayBuffer> {
    let body = read.publicBodies.get(state);
    if (!body) {
      const json = read.publicJson;
      body = new TextEncoder().encode(`{"call":${JSON.stringify(presentCall(call, state))},"outcomes":${json.outcomes},"contributions":${json.contributions},"viewer":null}`);
      read.publicBodies.set(state, body);
    }
    return body;
  }

  /** The contributions `viewer` may see, newest first, with their own support and reports. */
  async contributionsFor(read: CallRead, callId: string, viewer: Membership): Promise<PresentedContribution[]> {
    const reported = await this.db
      .selectFrom('contribution_reports')
      .innerJoin('contributions', 'contributions.id', 'contribution_reports.contribution_id')
      .select('contribution_reports.contribution_id')
      .where('contributions.call_id', '=', callId)
      .where('contribution_reports.user_id', '=', viewer.userId)
      .execute();
    const mine = new Set(reported.map((r) => r.contribution_id));
    return read.rows.filter((row) => canSeeContribution(viewer, row)).map((row) => present(read, row, viewer.userId, mine.has(row.id)));
  }
}

function present(read: CallRead, row: ContributionTable, userId: string | null, reportedByMe: boolean): PresentedContribution {
  const supporters = read.supporters.get(row.id);
  return presentContribution(row, {
    names: read.names,
    supports: supporters?.size ?? 0,
    supportedByMe: userId !== null && (supporters?.has(userId) ?? false),
    reportedByMe,
    comments: read.comments.get(row.id) ?? [],
  });
}

async function readCall(db: Kysely<Database>, store: DocumentStore, call: CallTable): Promise<CallRead> {
  const [outcomes, rows, supports, comments] = await Promise.all([
    callOutcomes(db, store, call),
    db.selectFrom('contributions').selectAll().where('call_id', '=', call.id).orderBy('created_at', 'desc').execute(),
    db
      .selectFrom('contribution_supports')
      .innerJoin('contributions', 'contributions.id', 'contribution_supports.contribution_id')
      .select(['contribution_supports.contribution_id', 'contribution_supports.user_id'])
      .where('contributions.call_id', '=', call.id)
      .execute(),
    db
      .selectFrom('contribution_comments')
      .innerJoin('contributions', 'contributions.id', 'contribution_comments.contribution_id')
      .selectAll('contribution_comments')
      .where('contributions.call_id', '=', call.id)
      .orderBy('contribution_comments.created_at', 'asc')
      .execute(),
  ]);
  const supporters = new Map<string, Set<string>>();
  for (const s of supports) {
    const set = supporters.get(s.contribution_id);
    if (set) set.add(s.user_id);
    else supporters.set(s.contribution_id, new Set([s.user_id]));
  }
  const byContribution = new Map<string, ContributionCommentTable[]>();
  for (const comment of comments) {
    const list = byContribution.get(comment.contribution_id);
    if (list) list.push(comment);
    else byContribution.set(comment.contribution_id, [comment]);
  }
  const people = new Set<string>();
  for (const r of rows) {
    people.add(r.author_id);
    if (r.answered_by) people.add(r.answered_by);
  }
  for (const comment of comments) people.add(comment.author_id);
  const read: CallRead = {
    outcomes,
    rows,
    supporters,
    comments: byContribution,
    names: await namesOf(db, [...people]),
    publicJson: { outcomes: '', contributions: '' },
    publicBodies: new Map(),
    summary: summariseCall(call, outcomes, rows, (id) => supporters.get(id)?.size ?? 0),
  };
  const publicContributions = rows.filter((row) => canSeeContribution(null, row)).map((row) => present(read, row, null, false));
  read.publicJson = { outcomes: JSON.stringify(outcomes), contributions: JSON.stringify(publicContributions) };
  return read;
}

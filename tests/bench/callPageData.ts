/**
 * The data of scenario 5: a public call for contributions well into its
 * life. The workspace, its framework artefact and the call are made over the
 * API (so they are what the server makes); the crowd — citizens, their
 * contributions, supports and comments, and the framework's edit history —
 * is written straight into the database with the server stopped, because
 * signing up a thousand people over the API would only measure Argon2.
 */
import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { newContributionRow } from '../../server/contributions/contributionRow.ts';
import { openDatabase } from '../../server/db/database.ts';
import { migrateToLatest } from '../../server/db/migrator.ts';
import { KyselyDocumentStore } from '../../server/storage/kyselyDocumentStore.ts';
import { CONTRIBUTION_KINDS } from '../../shared/schemas/contributions.ts';
import { exampleOutcomes } from '../../shared/outcomes/examples.ts';
import { addExampleOutcomes, outcomeText, readFramework } from '../../shared/outcomes/outcomeDoc.ts';
import { api, signUpOverHttp } from '../helpers/httpAccounts.ts';
import type { BenchServer } from './processes.ts';

export interface CallPageSizes {
  citizens: number;
  contributions: number;
  supportsPerContribution: number;
  commentsPerContribution: number;
  /** Stored updates of the framework (each a small edit), below the 500 after which the server writes a checkpoint. */
  frameworkUpdates: number;
}

export interface SeededCall {
  callId: string;
  sizes: CallPageSizes;
}

/** Workspace, framework artefact and a public call, over the API of a running server. */
export async function openPublicCall(server: BenchServer): Promise<{ callId: string; room: string; commissionerId: string; commissionerCookie: string; workspaceId: string }> {
  const commissioner = await signUpOverHttp(server, 'Bench Commissioner');
  const created = await api(server, 'POST', '/api/workspaces', { name: 'Bench population outcomes', model: '3' }, commissioner.cookie);
  if (created.status !== 201) throw new Error(`workspace: ${created.status}`);
  const workspace = created.body.workspace as { id: string; artefacts: Array<{ kind: string; room: string }> };
  const room = workspace.artefacts.find((a) => a.kind === 'outcomes')!.room;
  const closesAt = new Date(Date.now() + 30 * 24 * 3600_000).toISOString();
  const call = await api(
    server,
    'POST',
    `/api/workspaces/${workspace.id}/calls`,
    { title: 'What would make home care better where you live?', introduction: 'Tell us what matters to you.', closesAt, public: true },
    commissioner.cookie,
  );
  if (call.status !== 201) throw new Error(`call: ${call.status} ${JSON.stringify(call.body)}`);
  return { callId: call.body.call.id as string, room, commissionerId: commissioner.userId, commissionerCookie: commissioner.cookie, workspaceId: workspace.id };
}

/** The framework's history: the example outcomes, then many small edits, one stored update each. */
function frameworkUpdates(count: number): { updates: Uint8Array[]; outcomeIds: string[] } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  addExampleOutcomes(doc, exampleOutcomes('3', 'en'));
  const outcomeIds = readFramework(doc).map((o) => o.id);
  for (let i = updates.length; i < count; i++) {
    const note = outcomeText(doc, outcomeIds[i % outcomeIds.length]!, 'note');
    note.insert(note.length, i % 7 === 0 ? ' ' : 'e');
  }
  doc.destroy();
  return { updates, outcomeIds };
}

const BODY = 'Carers who know me and arrive when they say they will would make the biggest difference. ';

/** Writes the crowd into the stopped server's database. */
export async function seedCrowd(dataDir: string, opened: Awaited<ReturnType<typeof openPublicCall>>, sizes: CallPageSizes): Promise<void> {
  const { db, close } = openDatabase({ dataDir, databaseUrl: null });
  try {
    await migrateToLatest(db);
    const { updates, outcomeIds } = frameworkUpdates(sizes.frameworkUpdates);
    await new KyselyDocumentStore(db).appendUpdates(updates.map((update, i) => ({ documentName: opened.room, seq: i + 1, update, userId: opened.commissionerId })));

    const start = Date.now() - 14 * 24 * 3600_000;
    const at = (i: number) => new Date(start + i * 1000).toISOString();
    const citizens = Array.from({ length: sizes.citizens }, (_, i) => ({ id: randomUUID(), i }));
    const contributions = Array.from({ length: sizes.contributions }, (_, i) =>
      newContributionRow({
        id: randomUUID(),
        callId: opened.callId,
        authorId: citizens[i % citizens.length]!.id,
        kind: CONTRIBUTION_KINDS[i % CONTRIBUTION_KINDS.length]!,
        body: `${BODY.repeat(1 + (i % 3))}(${i})`,
        outcomeId: outcomeIds[i % outcomeIds.length]!,
        zone: null,
        createdAt: at(i),
      }),
    );
    await inChunks(citizens, (chunk) =>
      db
        .insertInto('users')
        .values(chunk.map((c) => ({ id: c.id, kind: 'account' as const, email: `citizen-${c.i}@bench.example`, password_hash: null, display_name: `Citizen ${c.i}`, workshop_id: null, created_at: at(0) })))
        .execute(),
    );
    await inChunks(citizens, (chunk) =>
      db.insertInto('memberships').values(chunk.map((c) => ({ workspace_id: opened.workspaceId, user_id: c.id, role: 'citizen', organisation_id: null, created_at: at(0) }))).execute(),
    );
    await inChunks(contributions, (chunk) => db.insertInto('contributions').values(chunk).execute());
    // Each contribution's supporters are distinct people (one support per person).
    const supports = contributions.flatMap((c, i) =>
      Array.from({ length: sizes.supportsPerContribution }, (_, k) => ({ contribution_id: c.id, user_id: citizens[(i + 1 + k) % citizens.length]!.id, created_at: at(i + k) })),
    );
    await inChunks(supports, (chunk) => db.insertInto('contribution_supports').values(chunk).execute());
    const comments = contributions.flatMap((c, i) =>
      Array.from({ length: sizes.commentsPerContribution }, (_, k) => ({ id: randomUUID(), contribution_id: c.id, author_id: citizens[(i + 7 + k) % citizens.length]!.id, body: 'Yes — and weekends too.', created_at: at(i + k + 1) })),
    );
    await inChunks(comments, (chunk) => db.insertInto('contribution_comments').values(chunk).execute());
  } finally {
    await close();
  }
}

async function inChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>, size = 200): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

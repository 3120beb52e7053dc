import type { Kysely } from 'kysely';
import type { AuditEventTable, Database } from '../db/schema.ts';
import { newId } from '../auth/tokens.ts';
import { GENESIS_HASH, linkHash } from './hashChain.ts';

/** What happened; the names are stable: audit bundles and verify depend on them. */
export type AuditKind =
  | 'signed_in'
  | 'member_joined'
  | 'member_role_changed'
  | 'member_removed'
  | 'access_changed'
  | 'workshop_opened'
  | 'workshop_closed'
  | 'consultation_opened'
  | 'consultation_closed'
  | 'thread_resolved'
  | 'thread_reopened'
  | 'thread_answered'
  | 'clarification_published'
  | 'moderation_decided'
  | 'version_created'
  | 'version_published'
  | 'version_restored'
  | 'call_opened'
  | 'contribution_answered'
  | 'contribution_promoted';

export interface AuditEntry {
  /** The workspace the event belongs to; null for events of no workspace (sign-ins). */
  workspaceId: string | null;
  actorId: string | null;
  kind: AuditKind;
  /** The thing acted on (an artefact, a member, a thread), when there is one. */
  subject?: string | null;
  details?: Record<string, unknown>;
}

export function auditRowHash(row: Omit<AuditEventTable, 'hash'>): string {
  return linkHash([row.chain, row.seq, row.id, row.actor_id, row.kind, row.subject, row.details, row.created_at, row.previous_hash]);
}

/**
 * Appends events one chain at a time. Each chain's writes are serialised in
 * this process; the unique (chain, seq) constraint makes a second process that
 * raced us fail rather than fork the chain, and we retry on the new head.
 */
export class AuditLog {
  private readonly tails = new Map<string, Promise<unknown>>();
  private readonly recordedListeners = new Set<(row: AuditEventTable) => void>();

  constructor(private readonly db: Kysely<Database>) {}

  /** Told of every entry once it is stored (open audit pages). Returns the way to stop. */
  onRecorded(listener: (row: AuditEventTable) => void): () => void {
    this.recordedListeners.add(listener);
    return () => this.recordedListeners.delete(listener);
  }

  record(entry: AuditEntry): Promise<AuditEventTable> {
    const chain = entry.workspaceId ?? '';
    const previous = this.tails.get(chain) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => this.appendWithRetry(chain, entry));
    this.tails.set(chain, next);
    void next.finally(() => {
      if (this.tails.get(chain) === next) this.tails.delete(chain);
    });
    return next;
  }

  private async appendWithRetry(chain: string, entry: AuditEntry): Promise<AuditEventTable> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.append(chain, entry);
      } catch (error) {
        if (attempt >= 4) throw error;
      }
    }
  }

  private async append(chain: string, entry: AuditEntry): Promise<AuditEventTable> {
    const head = await this.db
      .selectFrom('audit_events')
      .select(['seq', 'hash'])
      .where('chain', '=', chain)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    const row: Omit<AuditEventTable, 'hash'> = {
      id: newId(),
      chain,
      seq: (head?.seq ?? 0) + 1,
      actor_id: entry.actorId,
      kind: entry.kind,
      subject: entry.subject ?? null,
      details: JSON.stringify(entry.details ?? {}),
      created_at: new Date().toISOString(),
      previous_hash: head?.hash ?? GENESIS_HASH,
    };
    const stored = { ...row, hash: auditRowHash(row) };
    await this.db.insertInto('audit_events').values(stored).execute();
    for (const listener of this.recordedListeners) listener(stored);
    return stored;
  }
}

import type { AuditEventTable } from '../db/schema.ts';
import type { PersonRef } from './versions.ts';

export interface PresentedAuditEvent {
  seq: number;
  kind: string;
  actor: PersonRef | null;
  subject: string | null;
  details: unknown;
  at: string;
  previousHash: string;
  hash: string;
}

export function presentAuditEvent(row: AuditEventTable, names: Map<string, string>): PresentedAuditEvent {
  return {
    seq: row.seq,
    kind: row.kind,
    actor: row.actor_id ? { id: row.actor_id, name: names.get(row.actor_id) ?? null } : null,
    subject: row.subject,
    details: JSON.parse(row.details) as unknown,
    at: row.created_at,
    previousHash: row.previous_hash,
    hash: row.hash,
  };
}

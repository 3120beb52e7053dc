import { apiGet } from '../api/apiClient.ts';

/** The workspace's audit trail as the server sends it (server/presenters/audit.ts, server/audit/verifyChains.ts). */

export const AUDIT_KINDS = [
  'signed_in',
  'member_joined',
  'member_role_changed',
  'member_removed',
  'access_changed',
  'workshop_opened',
  'workshop_closed',
  'consultation_opened',
  'consultation_closed',
  'thread_resolved',
  'thread_reopened',
  'thread_answered',
  'clarification_published',
  'moderation_decided',
  'call_opened',
  'contribution_answered',
  'contribution_promoted',
  'version_created',
  'version_published',
  'version_restored',
] as const;

export type AuditKind = (typeof AUDIT_KINDS)[number];

export interface AuditEvent {
  seq: number;
  /** One of AUDIT_KINDS, or a kind a newer server added. */
  kind: string;
  actor: { id: string; name: string | null } | null;
  subject: string | null;
  /** What the server recorded about the event; its shape depends on the kind, so it is read defensively. */
  details: unknown;
  at: string;
  previousHash: string;
  hash: string;
}

export interface AuditPage {
  events: AuditEvent[];
  /** The `after` of the next page, or null when this was the last. */
  next: number | null;
}

export type BrokenProblem = 'hash' | 'link' | 'state' | 'sequence';

export interface ChainReport {
  ok: boolean;
  checked: { auditEvents: number; versions: number };
  broken: { table: 'audit_events' | 'artefact_versions'; id: string; chain: string; position: number; problem: BrokenProblem } | null;
}

const base = (workspaceId: string) => `/api/workspaces/${encodeURIComponent(workspaceId)}/audit`;

export const AUDIT_PAGE_SIZE = 50;

export const listAuditEvents = (workspaceId: string, after = 0, limit = AUDIT_PAGE_SIZE) =>
  apiGet<AuditPage>(`${base(workspaceId)}?after=${after}&limit=${limit}`);

export const verifyAudit = (workspaceId: string) => apiGet<ChainReport>(`${base(workspaceId)}/verify`);

/** A plain link: the server answers with Content-Disposition: attachment, so the browser saves it. */
export const auditBundleUrl = (workspaceId: string) => `${base(workspaceId)}/bundle`;

export const isAuditKind = (kind: string): kind is AuditKind => (AUDIT_KINDS as readonly string[]).includes(kind);

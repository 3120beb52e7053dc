/** Kysely's view of the tables the migrations create. */
export interface Database {
  document_updates: DocumentUpdateTable;
  document_checkpoints: DocumentCheckpointTable;
  users: UserTable;
  sessions: SessionTable;
  organisations: OrganisationTable;
  workspaces: WorkspaceTable;
  memberships: MembershipTable;
  past_memberships: PastMembershipTable;
  artefacts: ArtefactTable;
  artefact_access: ArtefactAccessTable;
  invitations: InvitationTable;
  workshops: WorkshopTable;
  consultations: ConsultationTable;
  comment_threads: CommentThreadTable;
  comments: CommentTable;
  clarifications: ClarificationTable;
  artefact_versions: ArtefactVersionTable;
  audit_events: AuditEventTable;
  calls: CallTable;
  contributions: ContributionTable;
  contribution_supports: ContributionSupportTable;
  contribution_comments: ContributionCommentTable;
  contribution_reports: ContributionReportTable;
  user_preferences: UserPreferencesTable;
}

/** Append-only: every update ever accepted for a document, in order. Never deleted. */
export interface DocumentUpdateTable {
  document_name: string;
  seq: number;
  update: Uint8Array;
  user_id: string | null;
  /** ISO 8601 UTC, so that times sort and compare the same on SQLite and PostgreSQL. */
  created_at: string;
}

/** The merged state of a document up to and including update `up_to_seq`. */
export interface DocumentCheckpointTable {
  document_name: string;
  up_to_seq: number;
  state: Uint8Array;
  created_at: string;
}

export interface UserTable {
  id: string;
  kind: 'account' | 'guest';
  /** Lower-cased; null for workshop guests, who have no email. */
  email: string | null;
  password_hash: string | null;
  display_name: string;
  /** Guests: the workshop they joined with a code. */
  workshop_id: string | null;
  created_at: string;
}

export interface SessionTable {
  id: string;
  /** SHA-256 of the token's secret half; the secret itself is never stored. */
  secret_hash: Uint8Array;
  user_id: string;
  /** Guest sessions reach only this workspace. */
  workspace_id: string | null;
  created_at: string;
  last_used_at: string;
  /** A hard end regardless of activity (guest sessions end with their workshop). */
  expires_at: string | null;
}

export interface OrganisationTable {
  id: string;
  name: string;
  created_at: string;
}

export interface WorkspaceTable {
  id: string;
  name: string;
  model: string;
  /** JSON array of zone names. */
  zones: string;
  quadrant: string;
  created_by: string;
  created_at: string;
}

export interface MembershipTable {
  workspace_id: string;
  user_id: string;
  role: string;
  organisation_id: string | null;
  created_at: string;
}

/** A membership that ended (a workshop closed, a removal): kept for audit, never listed as current. */
export interface PastMembershipTable {
  workspace_id: string;
  user_id: string;
  role: string;
  organisation_id: string | null;
  joined_at: string;
  ended_at: string;
  /** Who ended it (the commissioner who removed them or closed the workshop). */
  ended_by: string | null;
  reason: 'workshop_closed' | 'removed';
}

export interface ArtefactTable {
  id: string;
  workspace_id: string;
  kind: string;
  title: string;
  room: string;
  created_at: string;
}

export interface ArtefactAccessTable {
  artefact_id: string;
  role: string;
  level: string;
}

export interface InvitationTable {
  id: string;
  token_hash: Uint8Array;
  workspace_id: string;
  role: string;
  organisation_id: string | null;
  created_by: string;
  created_at: string;
  expires_at: string;
  accepted_by: string | null;
  accepted_at: string | null;
  /** Withdrawn by a commissioner: it can no longer be accepted, and stays for the record. */
  revoked_at: string | null;
  revoked_by: string | null;
}

export interface WorkshopTable {
  id: string;
  workspace_id: string;
  code: string;
  title: string;
  opened_by: string;
  opened_at: string;
  expires_at: string;
  closed_at: string | null;
}

/** A consultation on a specification: comments are written between opens_at and closes_at. */
export interface ConsultationTable {
  id: string;
  artefact_id: string;
  visibility: 'open' | 'confidential';
  opens_at: string;
  closes_at: string;
  opened_by: string;
  created_at: string;
  /** A commissioner closed it early (closes_at then holds that moment). */
  closed_by: string | null;
  /** When the version of its opening, and of its closing, was taken (each once: server/versions/consultationSweep.ts). */
  opened_recorded_at: string | null;
  closed_recorded_at: string | null;
}

export interface CommentThreadTable {
  id: string;
  artefact_id: string;
  consultation_id: string | null;
  /** Fixed at creation from the consultation then running. */
  visibility: 'open' | 'confidential';
  /** JSON, opaque to the server: the client's Yjs relative positions and the quoted text. */
  anchor: string;
  author_id: string;
  author_role: string;
  /** The author's organisation when a provider: who else may see a confidential thread. */
  author_organisation_id: string | null;
  status: 'open' | 'resolved';
  resolved_by: string | null;
  resolved_at: string | null;
  /** "You said, we did", recorded by a commissioner. */
  outcome: 'changed' | 'not_changed' | 'already_covered' | null;
  outcome_reason: string | null;
  outcome_by: string | null;
  outcome_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface CommentTable {
  id: string;
  thread_id: string;
  author_id: string;
  body: string;
  /** JSON array of mentioned members' user ids. */
  mentions: string;
  created_at: string;
  edited_at: string | null;
  deleted_at: string | null;
}

/** A commissioner's answer published to everyone who may read the specification (equal treatment of bidders). */
export interface ClarificationTable {
  id: string;
  artefact_id: string;
  consultation_id: string | null;
  thread_id: string | null;
  body: string;
  published_by: string;
  published_at: string;
}

export type { VersionKind } from '../../shared/versions/versionTypes.ts';
import type { VersionKind } from '../../shared/versions/versionTypes.ts';

/** A full Yjs state of an artefact; each row's hash covers the previous row's (a chain per artefact). */
export interface ArtefactVersionTable {
  id: string;
  artefact_id: string;
  number: number;
  label: string;
  kind: VersionKind;
  author_id: string | null;
  created_at: string;
  up_to_seq: number;
  state: Uint8Array;
  state_hash: string;
  previous_hash: string;
  hash: string;
  based_on: number | null;
}

/** Append-only, hash-chained: one chain per workspace, and '' for events of no workspace. */
export interface AuditEventTable {
  id: string;
  chain: string;
  seq: number;
  actor_id: string | null;
  kind: string;
  subject: string | null;
  details: string;
  created_at: string;
  previous_hash: string;
  hash: string;
}

/** A call for contributions on population outcomes. */
export interface CallTable {
  id: string;
  workspace_id: string;
  title: string;
  introduction: string;
  opens_at: string;
  closes_at: string;
  /** JSON array of zone names. */
  zones: string;
  /** JSON array of outcome ids; empty: every population outcome. */
  outcome_ids: string;
  public: number;
  created_by: string;
  created_at: string;
}

export interface ContributionTable {
  id: string;
  call_id: string;
  author_id: string;
  kind: string;
  body: string;
  outcome_id: string;
  zone: string | null;
  hidden: number;
  hidden_reason: string | null;
  answer: string | null;
  answer_text: string | null;
  answered_by: string | null;
  answered_at: string | null;
  promoted_as: string | null;
  promoted_outcome_id: string | null;
  promoted_indicator_id: string | null;
  created_at: string;
}

export interface ContributionSupportTable {
  contribution_id: string;
  user_id: string;
  created_at: string;
}

export interface ContributionCommentTable {
  id: string;
  contribution_id: string;
  author_id: string;
  body: string;
  created_at: string;
}

export interface ContributionReportTable {
  contribution_id: string;
  user_id: string;
  reason: string;
  created_at: string;
  reviewed_at: string | null;
}

/** A signed-in person's settings (shared/schemas/preferences.ts), as JSON text: only what they chose. */
export interface UserPreferencesTable {
  user_id: string;
  preferences: string;
  updated_at: string;
}

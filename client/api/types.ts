import type { AccessLevel, ArtefactKind, Role } from '../../shared/access.ts';
import type { CommissioningModel, Quadrant } from '../../shared/schemas/workspace.ts';

/** The shapes the server's presenters send (server/presenters), as the client reads them. */

export interface User {
  id: string;
  kind: 'account' | 'guest';
  email: string | null;
  displayName: string;
}

export interface WorkspaceSummary {
  id: string;
  name: string;
  model: CommissioningModel;
  zones: string[];
  quadrant: Quadrant;
  role: Role;
}

export interface Organisation {
  id: string;
  name: string;
}

export interface Member {
  userId: string;
  displayName: string;
  guest: boolean;
  role: Role;
  organisation: Organisation | null;
  /** Only sent to commissioners. */
  email?: string | null;
}

export interface Artefact {
  id: string;
  kind: ArtefactKind;
  title: string;
  room: string;
  access: AccessLevel;
  /** Every role's level: only sent to commissioners, who may change it. */
  accessByRole?: Record<Role, AccessLevel>;
}

export interface WorkspaceDetail extends WorkspaceSummary {
  members: Member[];
  artefacts: Artefact[];
}

export interface Invitation {
  id: string;
  role: Role;
  organisation: Organisation | null;
  expiresAt: string;
  code: string;
  path: string;
}

/** An invitation not yet used, withdrawn or expired, as commissioners see it listed (without its code). */
export interface OpenInvitation {
  id: string;
  role: Role;
  organisation: Organisation | null;
  createdAt: string;
  expiresAt: string;
  createdBy: { id: string; name: string };
}

export interface InvitationPreview {
  workspace: { id: string; name: string };
  role: Role;
  organisation: Organisation | null;
  expiresAt: string;
}

export interface Workshop {
  id: string;
  title: string;
  code: string;
  openedAt: string;
  expiresAt: string;
  closedAt: string | null;
}

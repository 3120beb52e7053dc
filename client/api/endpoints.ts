import type { AccessOverrides, Role } from '../../shared/access.ts';
import type { SignupRequest } from '../../shared/schemas/auth.ts';
import type { JoinWorkshopRequest } from '../../shared/schemas/membership.ts';
import type { CreateArtefactRequest, UpdateAccessRequest, UpdateWorkspaceRequest } from '../../shared/schemas/workspace.ts';
import { apiGet, apiPost, apiRequest } from './apiClient.ts';
import type { Artefact, Invitation, InvitationPreview, OpenInvitation, Organisation, User, WorkspaceDetail, WorkspaceSummary, Workshop } from './types.ts';

/** One typed function per API route the client uses. */

const quiet = { quietUnauthenticated: true };
const ws = (id: string) => `/api/workspaces/${encodeURIComponent(id)}`;

export const getSetup = () => apiGet<{ needsFirstAccount: boolean }>('/api/setup');
/** `{ user: null }` when signed out (a 200: signed out is an answer, not a failure). */
export const getMe = () => apiGet<{ user: User | null }>('/api/me', quiet);
export const signUp = (body: SignupRequest) => apiPost<{ user: User }>('/api/auth/signup', body, quiet);
export const signIn = (body: { email: string; password: string }) => apiPost<{ user: User }>('/api/auth/login', body, quiet);
export const signOut = () => apiPost<null>('/api/auth/logout', {}, quiet);

export interface NewWorkspace {
  name: string;
  model: string;
  zones: string[];
  quadrant: string;
}
export const listWorkspaces = () => apiGet<{ workspaces: WorkspaceSummary[] }>('/api/workspaces');
export const getWorkspace = (id: string) => apiGet<{ workspace: WorkspaceDetail }>(ws(id));
export const createWorkspace = (body: NewWorkspace) => apiPost<{ workspace: WorkspaceSummary }>('/api/workspaces', body);
/** Commissioners only: the fields given change, the others stay as they are. */
export const updateWorkspace = (id: string, body: UpdateWorkspaceRequest) => apiRequest<{ workspace: WorkspaceSummary }>('PATCH', ws(id), body);
export const createArtefact = (workspaceId: string, body: CreateArtefactRequest) =>
  apiPost<{ artefact: Artefact }>(`${ws(workspaceId)}/artefacts`, body);
/** Commissioners only: the roles named in `access` get that level; the others keep theirs. */
export const updateArtefactAccess = (artefactId: string, body: UpdateAccessRequest) =>
  apiRequest<{ artefact: Artefact; access: AccessOverrides }>('PATCH', `/api/artefacts/${encodeURIComponent(artefactId)}/access`, body);

export const updateMember = (workspaceId: string, userId: string, body: { role: Role; organisationId?: string }) =>
  apiRequest<unknown>('PATCH', `${ws(workspaceId)}/members/${encodeURIComponent(userId)}`, body);
export const removeMember = (workspaceId: string, userId: string) =>
  apiRequest<null>('DELETE', `${ws(workspaceId)}/members/${encodeURIComponent(userId)}`);

export const createInvitation = (workspaceId: string, body: { role: Role; organisationName?: string }) =>
  apiPost<{ invitation: Invitation }>(`${ws(workspaceId)}/invitations`, body);
export const listInvitations = (workspaceId: string) => apiGet<{ invitations: OpenInvitation[] }>(`${ws(workspaceId)}/invitations`);
export const revokeInvitation = (workspaceId: string, invitationId: string) =>
  apiRequest<null>('DELETE', `${ws(workspaceId)}/invitations/${encodeURIComponent(invitationId)}`);
export const listOrganisations = (workspaceId: string) => apiGet<{ organisations: Organisation[] }>(`${ws(workspaceId)}/organisations`);
export const getInvitation = (code: string) =>
  apiGet<{ invitation: InvitationPreview }>(`/api/invitations/${encodeURIComponent(code)}`, quiet);
/** Signed in: an empty body. Otherwise the details of the account to create. */
export const acceptInvitation = (code: string, account?: SignupRequest) =>
  apiPost<{ workspaceId: string; role: Role }>(`/api/invitations/${encodeURIComponent(code)}/accept`, account ?? {}, quiet);

export const listWorkshops = (workspaceId: string) => apiGet<{ workshops: Workshop[] }>(`${ws(workspaceId)}/workshops`);
export const openWorkshop = (workspaceId: string, body: { title: string; durationMinutes: number }) =>
  apiPost<{ workshop: Workshop }>(`${ws(workspaceId)}/workshops`, body);
export const closeWorkshop = (workspaceId: string, workshopId: string) =>
  apiPost<{ workshop: Workshop }>(`${ws(workspaceId)}/workshops/${encodeURIComponent(workshopId)}/close`);
export const joinWorkshop = (body: JoinWorkshopRequest) =>
  apiPost<{ user: User; workspaceId: string; role: Role }>('/api/join', body, quiet);

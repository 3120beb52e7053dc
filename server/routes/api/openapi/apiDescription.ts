import type { z } from 'zod';
import { changePasswordRequest, loginRequest, signupRequest } from '../../../../shared/schemas/auth.ts';
import {
  acceptInvitationRequest,
  createInvitationRequest,
  joinWorkshopRequest,
  openWorkshopRequest,
  updateMemberRequest,
} from '../../../../shared/schemas/membership.ts';
import { EXPORT_FORMATS } from '../../../export/specificationExport.ts';
import { createArtefactRequest, createWorkspaceRequest, updateAccessRequest, updateWorkspaceRequest } from '../../../../shared/schemas/workspace.ts';

export interface Operation {
  method: 'get' | 'post' | 'patch' | 'delete';
  /** OpenAPI style: /api/workspaces/{id} */
  path: string;
  summary: string;
  tag: string;
  body?: z.ZodType;
  /** Query parameters: name, what it means, and the values it takes when they are a fixed set. */
  query?: Array<{ name: string; description: string; required: boolean; enum?: readonly string[] }>;
  /** Status codes this operation answers with, besides the generic 400/401/403/429 the error schema covers. */
  responses: Record<number, string>;
  auth: boolean;
}

/**
 * Every public API operation, described once. The OpenAPI document is built
 * from this list and the same zod schemas the handlers validate with, and a
 * test checks the list against the routes the app really serves.
 */
export const OPERATIONS: Operation[] = [
  { method: 'get', path: '/api/health', tag: 'service', summary: 'Liveness and version', responses: { 200: 'ok' }, auth: false },
  { method: 'get', path: '/api/metrics', tag: 'service', summary: 'Prometheus metrics', responses: { 200: 'Prometheus text' }, auth: false },
  { method: 'get', path: '/api/openapi.json', tag: 'service', summary: 'This document', responses: { 200: 'OpenAPI 3.1' }, auth: false },
  { method: 'get', path: '/api/setup', tag: 'auth', summary: 'Whether the instance still needs its first account', responses: { 200: '{ needsFirstAccount }' }, auth: false },
  { method: 'post', path: '/api/auth/signup', tag: 'auth', summary: 'Create an account and sign in', body: signupRequest, responses: { 201: '{ user }', 409: 'email_taken' }, auth: false },
  { method: 'post', path: '/api/auth/login', tag: 'auth', summary: 'Sign in (a new session every time)', body: loginRequest, responses: { 200: '{ user }', 401: 'invalid_credentials' }, auth: false },
  { method: 'post', path: '/api/auth/logout', tag: 'auth', summary: 'Sign out: ends the session and closes its sockets', responses: { 204: 'signed out' }, auth: false },
  { method: 'post', path: '/api/auth/password', tag: 'auth', summary: 'Change password: ends every other session', body: changePasswordRequest, responses: { 204: 'changed' }, auth: true },
  { method: 'get', path: '/api/me', tag: 'auth', summary: 'Who is signed in: { user: null } when nobody is (a 200, not a 401)', responses: { 200: '{ user } or { user: null }' }, auth: false },
  { method: 'post', path: '/api/workspaces', tag: 'workspaces', summary: 'Create a workspace (you become its commissioner)', body: createWorkspaceRequest, responses: { 201: '{ workspace }' }, auth: true },
  { method: 'get', path: '/api/workspaces', tag: 'workspaces', summary: 'Your workspaces and your role in each', responses: { 200: '{ workspaces }' }, auth: true },
  { method: 'get', path: '/api/workspaces/{id}', tag: 'workspaces', summary: 'A workspace: members, and artefacts with your access to each (commissioners also get every role’s level as accessByRole)', responses: { 200: '{ workspace: { …, members, artefacts: [Artefact] } }; accessByRole only for commissioners', 404: 'not a member' }, auth: true },
  { method: 'patch', path: '/api/workspaces/{id}', tag: 'workspaces', summary: 'Change a workspace’s name, commissioning model, zones or stage of the cycle (commissioners only; fields left out stay as they are)', body: updateWorkspaceRequest, responses: { 200: '{ workspace }', 403: 'not a commissioner', 404: 'not a member' }, auth: true },
  { method: 'post', path: '/api/workspaces/{id}/artefacts', tag: 'workspaces', summary: 'Add a process map or specification', body: createArtefactRequest, responses: { 201: '{ artefact }' }, auth: true },
  { method: 'get', path: '/api/artefacts/{id}/contributors', tag: 'workspaces', summary: 'Who changed each outcome (or map node), from who sent each stored update', responses: { 200: '{ contributors: { [entry]: [{ userId, name, role, changes, lastAt }] } }', 403: 'no view access', 404: 'no such artefact' }, auth: true },
  { method: 'get', path: '/api/artefacts/{id}/export', tag: 'workspaces', summary: 'A specification as a file: Markdown, or a clean HTML page (no scripts, no attributes but safe link targets); outcome references show the outcome’s current statement', query: [{ name: 'format', description: 'markdown (text/markdown) or html (text/html)', required: true, enum: EXPORT_FORMATS }], responses: { 200: 'the file, with Content-Disposition: attachment and a filename', 400: 'format missing or not markdown or html (field format)', 403: 'no view access', 404: 'no such artefact, or not a specification' }, auth: true },
  { method: 'patch', path: '/api/artefacts/{id}/access', tag: 'workspaces', summary: 'Change who may view, comment on or edit one artefact (commissioners only; a provider never edits a specification, a commissioner always keeps edit)', body: updateAccessRequest, responses: { 200: '{ artefact (with accessByRole), access: the artefact’s overrides }', 400: 'a level that role may not have (field access.<role>)', 403: 'not a commissioner', 404: 'no such artefact' }, auth: true },
  { method: 'post', path: '/api/workspaces/{id}/invitations', tag: 'members', summary: 'Invite someone with a role (providers for an organisation: organisationId of one the workspace knows, or organisationName — a name it knows, in any case or spacing, is that organisation)', body: createInvitationRequest, responses: { 201: '{ invitation } with its code, shown once' }, auth: true },
  { method: 'get', path: '/api/workspaces/{id}/invitations', tag: 'members', summary: 'Open invitations (not used, withdrawn or expired): role, organisation, who made it, when it expires; never the code, which is stored only as a hash', responses: { 200: '{ invitations: [{ id, role, organisation, createdAt, expiresAt, createdBy: { id, name } }] }' }, auth: true },
  { method: 'delete', path: '/api/workspaces/{id}/invitations/{invitationId}', tag: 'members', summary: 'Withdraw an invitation: its link stops working (kept for the record)', responses: { 204: 'withdrawn (also when it already was)', 404: 'no such invitation in this workspace', 409: 'invitation_used: already accepted' }, auth: true },
  { method: 'get', path: '/api/workspaces/{id}/organisations', tag: 'members', summary: 'The organisations this workspace knows (of its members, past members and invitations), to invite someone from one again by organisationId', responses: { 200: '{ organisations: [{ id, name }] }' }, auth: true },
  { method: 'get', path: '/api/invitations/{code}', tag: 'members', summary: 'What an invitation is for', responses: { 200: '{ invitation }', 404: 'unknown, used, withdrawn or expired' }, auth: false },
  { method: 'post', path: '/api/invitations/{code}/accept', tag: 'members', summary: 'Accept an invitation, signed in or creating an account', body: acceptInvitationRequest, responses: { 200: '{ workspaceId, role }', 404: 'unknown, used, withdrawn or expired', 409: 'already_member or email_taken' }, auth: false },
  { method: 'post', path: '/api/workspaces/{id}/workshops', tag: 'workshops', summary: 'Open a workshop and get its join code', body: openWorkshopRequest, responses: { 201: '{ workshop }' }, auth: true },
  { method: 'get', path: '/api/workspaces/{id}/workshops', tag: 'workshops', summary: 'The workspace’s workshops', responses: { 200: '{ workshops }' }, auth: true },
  { method: 'post', path: '/api/workspaces/{id}/workshops/{workshopId}/close', tag: 'workshops', summary: 'Close a workshop: its code stops working, its guests are signed out and leave the members list (kept as past members)', responses: { 200: '{ workshop }' }, auth: true },
  { method: 'post', path: '/api/join', tag: 'workshops', summary: 'Join a workshop with its code and a display name (no email, no password). Wrong codes are limited per address and per code; joins with an open code are not limited per address (a room shares one)', body: joinWorkshopRequest, responses: { 201: '{ user, workspaceId, role }', 404: 'unknown_code', 429: 'too many wrong codes: Retry-After' }, auth: false },
  { method: 'patch', path: '/api/workspaces/{id}/members/{userId}', tag: 'members', summary: 'Change a member’s role', body: updateMemberRequest, responses: { 200: '{ member }', 409: 'last_commissioner' }, auth: true },
  { method: 'delete', path: '/api/workspaces/{id}/members/{userId}', tag: 'members', summary: 'Remove a member: their sockets close at once (kept as a past member for the record)', responses: { 204: 'removed', 409: 'last_commissioner' }, auth: true },
];

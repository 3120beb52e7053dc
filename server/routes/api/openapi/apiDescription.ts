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
import {
  createThreadRequest,
  editCommentRequest,
  openConsultationRequest,
  publishClarificationRequest,
  recordOutcomeRequest,
  replyRequest,
} from '../../../../shared/schemas/comments.ts';
import { answerRequest, contributeRequest, contributionCommentRequest, moderateRequest, openCallRequest, promoteRequest, registerCitizenRequest, reportRequest } from '../../../../shared/schemas/contributions.ts';
import { updatePreferencesRequest } from '../../../../shared/schemas/preferences.ts';
import { createVersionRequest, publishVersionRequest } from '../../../../shared/schemas/versions.ts';
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
/**
 * Who sees which comment thread (server/policies/commentPolicy.ts): a thread
 * made during a confidential consultation is seen by the commissioners, its
 * author and, for a provider, the rest of the author's organisation — service
 * users' and carers' threads then stay between them and the commissioners
 * too. Any other thread is seen by everyone who may view the specification.
 */
export const THREAD_VISIBILITY =
  'Threads made during a confidential consultation are seen only by commissioners, their author and (for providers) the author’s organisation; other threads by everyone with view access. A thread keeps the visibility it was made with. Clarifications go to everyone with view access.';

const READ_ONLY = '409 consultation_closed after the close date (consultation_not_open before a scheduled one opens)';

export const OPERATIONS: Operation[] = [
  { method: 'get', path: '/api/health', tag: 'service', summary: 'Liveness and version', responses: { 200: 'ok' }, auth: false },
  { method: 'get', path: '/api/metrics', tag: 'service', summary: 'Prometheus metrics', responses: { 200: 'Prometheus text' }, auth: false },
  { method: 'get', path: '/api/openapi.json', tag: 'service', summary: 'This document', responses: { 200: 'OpenAPI 3.1' }, auth: false },
  { method: 'get', path: '/api/setup', tag: 'auth', summary: 'Whether the instance still needs its first account', responses: { 200: '{ needsFirstAccount }' }, auth: false },
  { method: 'post', path: '/api/auth/signup', tag: 'auth', summary: 'Create an account and sign in', body: signupRequest, responses: { 201: '{ user }', 409: 'email_taken' }, auth: false },
  { method: 'post', path: '/api/auth/login', tag: 'auth', summary: 'Sign in (a new session every time)', body: loginRequest, responses: { 200: '{ user }', 401: 'invalid_credentials' }, auth: false },
  { method: 'post', path: '/api/auth/logout', tag: 'auth', summary: 'Sign out: ends the session and closes its sockets', responses: { 204: 'signed out' }, auth: false },
  { method: 'post', path: '/api/auth/password', tag: 'auth', summary: 'Change password: ends every other session', body: changePasswordRequest, responses: { 204: 'changed' }, auth: true },
  { method: 'get', path: '/api/me', tag: 'auth', summary: 'Who is signed in and the settings they saved: { user: null } when nobody is (a 200, not a 401)', responses: { 200: '{ user, preferences: only the settings they chose } or { user: null }' }, auth: false },
  { method: 'patch', path: '/api/me/preferences', tag: 'auth', summary: 'Save some of your own settings (language, textSize, contrast, motion, showOthers), for an account or a workshop guest; those left out stay as they are', body: updatePreferencesRequest, responses: { 200: '{ preferences: every setting saved so far }', 400: 'a value it does not take, or a name it does not know (field <name>)' }, auth: true },
  { method: 'post', path: '/api/workspaces', tag: 'workspaces', summary: 'Create a workspace (you become its commissioner)', body: createWorkspaceRequest, responses: { 201: '{ workspace }' }, auth: true },
  { method: 'get', path: '/api/workspaces', tag: 'workspaces', summary: 'Your workspaces and your role in each', responses: { 200: '{ workspaces }' }, auth: true },
  { method: 'get', path: '/api/workspaces/{id}', tag: 'workspaces', summary: 'A workspace: members, and artefacts with your access to each (commissioners also get every role’s level as accessByRole)', responses: { 200: '{ workspace: { …, members, artefacts: [Artefact] } }; accessByRole only for commissioners', 404: 'not a member' }, auth: true },
  { method: 'patch', path: '/api/workspaces/{id}', tag: 'workspaces', summary: 'Change a workspace’s name, commissioning model, zones or stage of the cycle (commissioners only; fields left out stay as they are)', body: updateWorkspaceRequest, responses: { 200: '{ workspace }', 403: 'not a commissioner', 404: 'not a member' }, auth: true },
  { method: 'post', path: '/api/workspaces/{id}/artefacts', tag: 'workspaces', summary: 'Add a process map or specification', body: createArtefactRequest, responses: { 201: '{ artefact }' }, auth: true },
  { method: 'get', path: '/api/artefacts/{id}/contributors', tag: 'workspaces', summary: 'Who changed each outcome (or map node), from who sent each stored update', responses: { 200: '{ contributors: { [entry]: [{ userId, name, role, changes, lastAt }] } }', 403: 'no view access', 404: 'no such artefact' }, auth: true },
  { method: 'get', path: '/api/artefacts/{id}/export', tag: 'workspaces', summary: 'A specification as a file: Markdown, or a clean HTML page (no scripts, no attributes but safe link targets); outcome references show the outcome’s current statement', query: [{ name: 'format', description: 'markdown (text/markdown) or html (text/html)', required: true, enum: EXPORT_FORMATS }, { name: 'language', description: 'which text: en (the English or main text, the default) or cy (the Welsh beside it)', required: false, enum: ['en', 'cy'] }], responses: { 200: 'the file, with Content-Disposition: attachment and a filename', 400: 'format missing or not markdown or html (field format), or language not en or cy (field language)', 403: 'no view access', 404: 'no such artefact, or not a specification' }, auth: true },
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
  { method: 'get', path: '/api/artefacts/{id}/threads', tag: 'comments', summary: `Comment threads on a specification that you may see, with their comments, the current consultation, whether you may comment now, and clarifications. ${THREAD_VISIBILITY}`, responses: { 200: '{ consultation, canComment, threads: [{ id, anchor, visibility, author, status, outcome, comments }], clarifications }', 403: 'no view access', 404: 'no such specification' }, auth: true },
  { method: 'post', path: '/api/artefacts/{id}/threads', tag: 'comments', summary: 'Start a thread on a text range (anchor: the client’s Yjs relative positions and the quoted text, stored as given) with its first comment; needs comment access. Mentions are member ids who may read the thread', body: createThreadRequest, responses: { 201: '{ thread }', 403: 'no comment access', 404: 'no such specification', 409: READ_ONLY }, auth: true },
  { method: 'post', path: '/api/artefacts/{id}/threads/{threadId}/comments', tag: 'comments', summary: 'Reply to a thread you may see', body: replyRequest, responses: { 201: '{ comment, thread }', 404: 'no such thread (or not one you may see)', 409: READ_ONLY }, auth: true },
  { method: 'patch', path: '/api/artefacts/{id}/threads/{threadId}/comments/{commentId}', tag: 'comments', summary: 'Edit your own comment (text and mentions)', body: editCommentRequest, responses: { 200: '{ comment, thread }', 403: 'not_your_comment', 404: 'no such comment', 409: `comment_deleted, or ${READ_ONLY}` }, auth: true },
  { method: 'delete', path: '/api/artefacts/{id}/threads/{threadId}/comments/{commentId}', tag: 'comments', summary: 'Delete your own comment: it keeps its place in the thread without its text', responses: { 204: 'deleted (also when it already was)', 403: 'not_your_comment', 404: 'no such comment', 409: READ_ONLY }, auth: true },
  { method: 'post', path: '/api/artefacts/{id}/threads/{threadId}/resolve', tag: 'comments', summary: 'Resolve a thread (its author, or a commissioner — commissioners also after the close date)', responses: { 200: '{ thread }', 403: 'neither author nor commissioner', 404: 'no such thread', 409: READ_ONLY }, auth: true },
  { method: 'post', path: '/api/artefacts/{id}/threads/{threadId}/reopen', tag: 'comments', summary: 'Reopen a resolved thread (its author, or a commissioner)', responses: { 200: '{ thread }', 403: 'neither author nor commissioner', 404: 'no such thread', 409: READ_ONLY }, auth: true },
  { method: 'post', path: '/api/artefacts/{id}/threads/{threadId}/outcome', tag: 'comments', summary: '“You said, we did”: record what became of a thread — changed, not_changed or already_covered — with a reason (commissioners; also after the close date)', body: recordOutcomeRequest, responses: { 200: '{ thread }', 403: 'not a commissioner', 404: 'no such thread' }, auth: true },
  { method: 'get', path: '/api/artefacts/{id}/you-said-we-did', tag: 'comments', summary: '“You said, we did” summary for publication: each thread with an outcome — the quoted text, the first comment, the outcome and reason, without naming authors — limited to the threads you may see', responses: { 200: '{ artefact, consultation, entries: [{ threadId, quote, youSaid, weDid: { outcome, reason, recordedBy, at } }] }', 403: 'no view access', 404: 'no such specification' }, auth: true },
  { method: 'post', path: '/api/artefacts/{id}/consultations', tag: 'comments', summary: 'Open a consultation on a specification (commissioners): opensAt (default now), closesAt, visibility open or confidential. After closesAt, comments are read-only', body: openConsultationRequest, responses: { 201: '{ consultation: { id, visibility, opensAt, closesAt, state } }', 403: 'not a commissioner', 409: 'consultation_running: one is already open or scheduled' }, auth: true },
  { method: 'post', path: '/api/artefacts/{id}/consultations/close', tag: 'comments', summary: 'Close the running (or scheduled) consultation now (commissioners): comments become read-only', responses: { 200: '{ consultation }', 403: 'not a commissioner', 409: 'no_open_consultation' }, auth: true },
  { method: 'post', path: '/api/artefacts/{id}/clarifications', tag: 'comments', summary: 'Publish a clarification (commissioners): an answer every reader of the specification sees, whoever asked — equal treatment of bidders. threadId optionally names the thread it answers (shown only to those who may see that thread)', body: publishClarificationRequest, responses: { 201: '{ clarification }', 403: 'not a commissioner' }, auth: true },
  { method: 'get', path: '/api/artefacts/{id}/comments/events', tag: 'comments', summary: `Server-Sent Events while you view a specification: ready, then thread ({ threadId, kind }), clarification and consultation events — ids only, refetch the threads. Each event goes only to viewers who may see that thread. The stream ends with the session or the access`, responses: { 200: 'text/event-stream', 403: 'no view access', 404: 'no such specification', 429: 'too_many_streams: at most 20 open per user' }, auth: true },
  { method: 'get', path: '/api/artefacts/{id}/versions', tag: 'versions', summary: 'Versions of an artefact, newest first: number, label, kind (manual, automatic, consultation_opened, consultation_closed, workshop_closed, published, restored), author, time, the update-log sequence covered, the state’s SHA-256 and the chain hashes, and who contributed since the previous version', responses: { 200: '{ versions }', 403: 'no view access', 404: 'no such artefact' }, auth: true },
  { method: 'post', path: '/api/artefacts/{id}/versions', tag: 'versions', summary: 'A named version of the artefact as it is now (edit access)', body: createVersionRequest, responses: { 201: '{ version }', 403: 'no edit access', 404: 'no such artefact' }, auth: true },
  { method: 'get', path: '/api/artefacts/{id}/versions/{n}', tag: 'versions', summary: 'One version: its metadata and its content as JSON', responses: { 200: '{ version, content }', 400: 'n is not a version number', 404: 'no such artefact or version' }, auth: true },
  { method: 'get', path: '/api/artefacts/{id}/versions/{a}/diff/{b}', tag: 'versions', summary: 'What changed from version a to b: words for specifications, fields for outcomes, nodes and edges for maps', responses: { 200: '{ from, to, diff }', 400: 'a or b is not a version number', 404: 'no such artefact or version' }, auth: true },
  { method: 'get', path: '/api/artefacts/{id}/versions/{n}/export', tag: 'versions', summary: 'A version of a specification as a file (Markdown or clean HTML)', query: [{ name: 'format', description: 'markdown or html', required: true, enum: EXPORT_FORMATS }], responses: { 200: 'the file', 400: 'format or n invalid', 404: 'no such specification or version' }, auth: true },
  { method: 'post', path: '/api/artefacts/{id}/versions/{n}/restore', tag: 'versions', summary: 'Restore version n (commissioners): applied as a new change on top of the current document, seen live by everyone connected, and recorded as a “restored” version', responses: { 201: '{ version }', 403: 'not a commissioner', 404: 'no such version' }, auth: true },
  { method: 'post', path: '/api/artefacts/{id}/versions/{n}/publish', tag: 'versions', summary: 'Publish version n (commissioners): a frozen, labelled version carrying exactly its content', body: publishVersionRequest, responses: { 201: '{ version }', 403: 'not a commissioner', 404: 'no such version' }, auth: true },
  { method: 'get', path: '/api/artefacts/{id}/at', tag: 'versions', summary: 'The artefact as it was at a moment, rebuilt from the update log', query: [{ name: 'time', description: 'ISO 8601 date and time', required: true }], responses: { 200: '{ time, upToSeq, content }', 400: 'time missing or not a date (field time)' }, auth: true },
  { method: 'get', path: '/api/workspaces/{id}/audit', tag: 'audit', summary: 'The workspace’s audit events in order (commissioners), paged', query: [{ name: 'after', description: 'sequence number to start after (default 0)', required: false }, { name: 'limit', description: '1–500 (default 100)', required: false }], responses: { 200: '{ events, next }', 403: 'not a commissioner' }, auth: true },
  { method: 'get', path: '/api/workspaces/{id}/audit/verify', tag: 'audit', summary: 'Recompute the workspace’s audit chain and its artefacts’ version chains; names the first broken link', responses: { 200: '{ ok, checked, broken: { table, id, chain, position, problem } | null }', 403: 'not a commissioner' }, auth: true },
  { method: 'get', path: '/api/workspaces/{id}/audit/bundle', tag: 'audit', summary: 'Audit bundle: the workspace’s events and every version with its state (base64 Yjs update), with the verification result, as one JSON file', responses: { 200: 'application/json attachment', 403: 'not a commissioner' }, auth: true },
  { method: 'post', path: '/api/workspaces/{id}/calls', tag: 'contributions', summary: 'Open a call for contributions on population outcomes (commissioners): title, plain-language introduction, open and close dates, zones, the outcomes asked about (empty: every population outcome), public or members only', body: openCallRequest, responses: { 201: '{ call }', 403: 'not a commissioner' }, auth: true },
  { method: 'get', path: '/api/workspaces/{id}/calls', tag: 'contributions', summary: 'The workspace’s calls (members)', responses: { 200: '{ calls }', 404: 'not a member' }, auth: true },
  { method: 'get', path: '/api/calls/{id}', tag: 'contributions', summary: 'A call, its outcomes and the contributions you may see (hidden ones only to their author and commissioners); readable signed out when the call is public', responses: { 200: '{ call, outcomes, contributions, viewer }', 404: 'no such call, or private and you are not a member' }, auth: false },
  { method: 'get', path: '/api/calls/{id}/summary', tag: 'contributions', summary: 'What people said, per outcome and zone, with counts and official answers, without names; for publication', responses: { 200: '{ call, total, outcomes }', 404: 'no such call, or not open to you' }, auth: false },
  { method: 'get', path: '/api/calls/{id}/events', tag: 'contributions', summary: 'Server-Sent Events while you view a call: ready, then contribution events ({ contributionId, kind }) — ids only, refetch', responses: { 200: 'text/event-stream', 404: 'no such call, or not open to you' }, auth: false },
  { method: 'post', path: '/api/calls/{id}/register', tag: 'contributions', summary: 'Join a public, open call as a citizen: signed in, your account joins; signed out, give email, password and name to create one', body: registerCitizenRequest, responses: { 200: 'already a member: { workspaceId, role }', 201: '{ workspaceId, role: citizen }', 404: 'no such public call', 409: 'call_closed, or email_taken' }, auth: false },
  { method: 'post', path: '/api/calls/{id}/contributions', tag: 'contributions', summary: 'Contribute an idea, an experience or evidence on one of the call’s outcomes (people who use services, carers, citizens; while open). 422 personal_details with findings when it looks like it holds emails, phone numbers or postcodes, unless personalDetailsChecked', body: contributeRequest, responses: { 201: '{ contribution }', 403: 'not a contributor role', 409: 'call_not_open or call_closed', 422: 'personal_details' }, auth: true },
  { method: 'post', path: '/api/contributions/{id}/support', tag: 'contributions', summary: 'Support a contribution (once per person; while open)', responses: { 200: '{ contribution }', 403: 'not a contributor role', 409: 'call closed' }, auth: true },
  { method: 'delete', path: '/api/contributions/{id}/support', tag: 'contributions', summary: 'Withdraw your support', responses: { 200: '{ contribution }', 409: 'call closed' }, auth: true },
  { method: 'post', path: '/api/contributions/{id}/comments', tag: 'contributions', summary: 'Comment on a contribution (contributors and commissioners; while open)', body: contributionCommentRequest, responses: { 201: '{ contribution }', 409: 'call closed' }, auth: true },
  { method: 'post', path: '/api/contributions/{id}/report', tag: 'contributions', summary: 'Report a contribution (members; once each). After three open reports it is hidden pending review', body: reportRequest, responses: { 201: '{ reported: true }' }, auth: true },
  { method: 'get', path: '/api/calls/{id}/moderation', tag: 'contributions', summary: 'The moderation queue (commissioners): hidden and reported contributions with the reasons given', responses: { 200: '{ queue }', 403: 'not a commissioner' }, auth: true },
  { method: 'post', path: '/api/contributions/{id}/moderate', tag: 'contributions', summary: 'Hide or restore a contribution with a reason its author sees (commissioners); recorded in the audit log', body: moderateRequest, responses: { 200: '{ contribution }', 403: 'not a commissioner' }, auth: true },
  { method: 'post', path: '/api/contributions/{id}/answer', tag: 'contributions', summary: 'Official answer (commissioners): taken forward, under consideration or not taken forward, with a public response', body: answerRequest, responses: { 200: '{ contribution }', 403: 'not a commissioner' }, auth: true },
  { method: 'post', path: '/api/contributions/{id}/promote', tag: 'contributions', summary: 'Promote a contribution into the outcome framework as a new population outcome or an indicator of an outcome (commissioners), linked both ways and crediting the contributor; written live through the framework’s room', body: promoteRequest, responses: { 201: '{ contribution }', 400: 'outcomeId not in the framework', 403: 'not a commissioner', 409: 'already_promoted' }, auth: true },
];

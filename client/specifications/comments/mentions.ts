import { accessFor, allows, type AccessLevel, type Role } from '../../../shared/access.ts';
import type { Member, WorkspaceDetail } from '../../api/types.ts';

/** Someone who can be @mentioned: a workspace member. */
export interface MentionCandidate {
  id: string;
  name: string;
  role: Role;
}

/** Who a thread is for, as the server decides who may see it (server/policies/commentPolicy.ts canSeeThread). */
export interface MentionAudience {
  visibility: 'open' | 'confidential';
  authorId: string;
  authorOrganisationId: string | null;
}

/**
 * The members worth offering for a thread: not oneself, able to read
 * specifications, and able to see this thread (in a confidential consultation a
 * provider sees only their own organisation's). The server checks again and
 * refuses anyone else with 400, so this only keeps the list honest.
 */
export function mentionCandidates(workspace: WorkspaceDetail, artefactId: string, meId: string, audience: MentionAudience): MentionCandidate[] {
  const artefact = workspace.artefacts.find((a) => a.id === artefactId);
  // Commissioners are sent every role's level; others judge by the defaults.
  const levelOf = (role: Role): AccessLevel => artefact?.accessByRole?.[role] ?? accessFor('specification', role);
  const seesThread = (member: Member) =>
    member.role === 'commissioner' ||
    audience.visibility === 'open' ||
    member.userId === audience.authorId ||
    (member.role === 'provider' && member.organisation !== null && member.organisation.id === audience.authorOrganisationId);
  return workspace.members
    .filter((member) => member.userId !== meId && allows(levelOf(member.role), 'view') && seesThread(member))
    .map((member) => ({ id: member.userId, name: member.displayName, role: member.role }));
}

/** The open @query just before the caret: where its @ is and what follows it, or null. */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  // After the start or a space; names have spaces, so the query may too, but not a line break or another @.
  const match = /(^|\s)@([^@\n]{0,40})$/.exec(text.slice(0, caret));
  if (!match) return null;
  const query = match[2]!;
  return { start: caret - query.length - 1, query };
}

/**
 * Candidates whose name, or a word of it, starts with the query (any case); at
 * most `limit`. Not trimmed: “@Gwen of Gofal Da ” (a space after a whole name,
 * as inserted) matches nobody, so the list stays closed once a name is chosen.
 */
export function matchCandidates(candidates: readonly MentionCandidate[], query: string, limit = 8): MentionCandidate[] {
  const wanted = query.toLocaleLowerCase();
  return candidates
    .filter((c) => {
      const name = c.name.toLocaleLowerCase();
      return name.startsWith(wanted) || name.split(/\s+/).some((word) => word.startsWith(wanted));
    })
    .slice(0, limit);
}

/** The ids to send: those chosen whose @Name is still in the text (deleting the text drops the mention). */
export function mentionIdsIn(body: string, chosen: readonly { id: string; name: string }[]): string[] {
  return [...new Set(chosen.filter((c) => body.includes(`@${c.name}`)).map((c) => c.id))];
}

/** The body cut into plain text and @mentions of the given people, longest names first so “@Ann Jones” beats “@Ann”. */
export function splitMentions(body: string, mentions: readonly { id: string; name: string | null }[]): Array<string | { id: string; text: string }> {
  const named = mentions.filter((m): m is { id: string; name: string } => Boolean(m.name)).sort((a, b) => b.name.length - a.name.length);
  if (named.length === 0) return [body];
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`@(${named.map((m) => escape(m.name)).join('|')})`, 'g');
  const parts: Array<string | { id: string; text: string }> = [];
  let last = 0;
  for (const match of body.matchAll(pattern)) {
    if (match.index > last) parts.push(body.slice(last, match.index));
    parts.push({ id: named.find((m) => m.name === match[1])!.id, text: match[0] });
    last = match.index + match[0].length;
  }
  if (last < body.length) parts.push(body.slice(last));
  return parts;
}

import type { TFunction } from 'i18next';
import type { WorkspaceDetail } from '../api/types.ts';
import { artefactTitle } from '../workspaces/labels.ts';
import type { AuditEvent } from './auditApi.ts';

/**
 * Names for the ids an audit event carries. The events hold ids only (names
 * change; the record must not), so names come from what the client already
 * has: the workspace's members and documents, and the events themselves —
 * every actor arrives with a name, and a workshop's title is in the entry
 * that opened it. Anything not found stays null and is said as "someone no
 * longer in this workspace".
 */
export interface AuditNames {
  person(id: string | null | undefined): string | null;
  artefact(id: string | null | undefined): string | null;
  workshop(id: string | null | undefined): string | null;
}

export function auditNames(workspace: WorkspaceDetail | null, events: readonly AuditEvent[], t: TFunction): AuditNames {
  const people = new Map<string, string>();
  const workshops = new Map<string, string>();
  for (const event of events) {
    if (event.actor?.name) people.set(event.actor.id, event.actor.name);
    const title = detail(event.details, 'title');
    if (event.subject && event.kind === 'workshop_opened' && typeof title === 'string') workshops.set(event.subject, title);
  }
  // Current names win over ones seen in events: they are the same people, named as the page names them now.
  for (const member of workspace?.members ?? []) people.set(member.userId, member.displayName);
  const artefacts = new Map((workspace?.artefacts ?? []).map((artefact) => [artefact.id, artefactTitle(t, artefact)]));
  const lookUp = (map: Map<string, string>) => (id: string | null | undefined) => (id ? (map.get(id) ?? null) : null);
  return { person: lookUp(people), artefact: lookUp(artefacts), workshop: lookUp(workshops) };
}

/** One field of an event's details, which are whatever the server recorded for that kind. */
export function detail(details: unknown, key: string): unknown {
  return details !== null && typeof details === 'object' && !Array.isArray(details) ? (details as Record<string, unknown>)[key] : undefined;
}

export function detailString(details: unknown, key: string): string | null {
  const value = detail(details, key);
  return typeof value === 'string' ? value : null;
}

export function detailNumber(details: unknown, key: string): number | null {
  const value = detail(details, key);
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

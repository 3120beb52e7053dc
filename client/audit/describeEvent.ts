import type { TFunction } from 'i18next';
import { ACCESS_LEVELS, ROLES, type AccessLevel, type Role } from '../../shared/access.ts';
import { CONSULTATION_VISIBILITIES, THREAD_OUTCOMES, type ConsultationVisibility, type ThreadOutcome } from '../../shared/schemas/comments.ts';
import { formatDate } from '../ui/formatDate.ts';
import type { AuditEvent } from './auditApi.ts';
import { detail, detailNumber, detailString, type AuditNames } from './auditNames.ts';

/** Why a version was kept: the server's VersionKind (server/db/schema.ts). */
const VERSION_KINDS = ['manual', 'automatic', 'consultation_opened', 'consultation_closed', 'workshop_closed', 'published', 'restored'] as const;
type VersionKind = (typeof VERSION_KINDS)[number];

const oneOf =
  <V extends string>(values: readonly V[]) =>
  (value: unknown): value is V =>
    typeof value === 'string' && (values as readonly string[]).includes(value);
const isRole = oneOf<Role>(ROLES);
const isLevel = oneOf<AccessLevel>(ACCESS_LEVELS);
const isVisibility = oneOf<ConsultationVisibility>(CONSULTATION_VISIBILITIES);
const isOutcome = oneOf<ThreadOutcome>(THREAD_OUTCOMES);
const isVersionKind = oneOf<VersionKind>(VERSION_KINDS);

/** Who did it, as the "Who" column says it: automatic events (no actor) are Gweithdy's own. */
export function actorName(t: TFunction, event: AuditEvent, names: AuditNames): string {
  if (!event.actor) return t('audit.automatic');
  return event.actor.name ?? names.person(event.actor.id) ?? t('audit.unknownPerson');
}

/**
 * What happened, as one sentence in the reader's language, built from the
 * event's kind and details with names looked up from the workspace. Details
 * are read defensively: an entry recorded by an older or newer server still
 * reads as well as it can, never as an error.
 */
export function describeEvent(t: TFunction, event: AuditEvent, names: AuditNames): string {
  const { details } = event;
  const actor = event.actor ? actorName(t, event, names) : t('audit.system');
  const quoted = (name: string | null, unknown: string) => (name === null ? unknown : t('audit.quoted', { name }));
  const person = (id: string | null) => names.person(id) ?? t('audit.unknownPerson');
  const document = (id: unknown) => quoted(names.artefact(typeof id === 'string' ? id : null), t('audit.unknownDocument'));
  const role = (value: unknown) => (isRole(value) ? t(`audit.role.${value}`) : String(value ?? '?'));
  const roleAfterPreposition = (value: unknown) => (isRole(value) ? t(`audit.roleAfterPreposition.${value}`) : String(value ?? '?'));
  const workshop = (id: string | null) => quoted(detailString(details, 'title') ?? names.workshop(id), '?');
  const labelled = (sentence: string) => {
    const label = detailString(details, 'label');
    return label ? t('audit.events.labelled', { sentence, label: t('audit.quoted', { name: label }) }) : sentence;
  };

  switch (event.kind) {
    case 'signed_in':
      return t('audit.events.signed_in', { actor });
    case 'member_joined': {
      const workshopId = detailString(details, 'workshopId');
      const roleName = role(detail(details, 'role'));
      if (workshopId) {
        const title = names.workshop(workshopId);
        return title
          ? t('audit.events.member_joined_workshop', { actor, role: roleName, workshop: t('audit.quoted', { name: title }) })
          : t('audit.events.member_joined_code', { actor, role: roleName });
      }
      if (detailString(details, 'invitationId')) return t('audit.events.member_joined_invitation', { actor, role: roleName });
      return t('audit.events.member_joined', { actor, role: roleName });
    }
    case 'member_role_changed':
      return t('audit.events.member_role_changed', {
        actor,
        member: person(event.subject),
        from: roleAfterPreposition(detail(detail(details, 'from'), 'role')),
        to: roleAfterPreposition(detail(detail(details, 'to'), 'role')),
      });
    case 'member_removed':
      return t('audit.events.member_removed', { actor, member: person(event.subject), role: role(detail(details, 'role')) });
    case 'access_changed':
      return t('audit.events.access_changed', { actor, title: document(event.subject), changes: accessChanges(t, detail(details, 'access')) });
    case 'workshop_opened':
    case 'workshop_closed':
      return t(`audit.events.${event.kind}`, { actor, workshop: workshop(event.subject) });
    case 'consultation_opened': {
      const closesAt = detailString(details, 'closesAt');
      const visibility = detail(details, 'visibility');
      return t('audit.events.consultation_opened', {
        actor,
        title: document(detail(details, 'artefactId')),
        date: closesAt ? formatDate(t, closesAt) : '?',
        visibility: isVisibility(visibility) ? t(`audit.visibility.${visibility}`) : '?',
      });
    }
    case 'consultation_closed':
    case 'thread_resolved':
    case 'thread_reopened':
    case 'clarification_published':
      return t(`audit.events.${event.kind}`, { actor, title: document(detail(details, 'artefactId')) });
    case 'thread_answered': {
      const outcome = detail(details, 'outcome');
      return t('audit.events.thread_answered', {
        actor,
        title: document(detail(details, 'artefactId')),
        outcome: isOutcome(outcome) ? t(`threadOutcome.outcomes.${outcome}`) : '?',
        reason: detailString(details, 'reason') ?? '',
      });
    }
    case 'moderation_decided': {
      const decision = detail(details, 'decision');
      if (decision === 'hide' || decision === 'restore') return t(`audit.events.moderation_decided_${decision}`, { actor, reason: detailString(details, 'reason') ?? '' });
      const artefactId = detailString(details, 'artefactId');
      return artefactId ? t('audit.events.moderation_decided_on', { actor, title: document(artefactId) }) : t('audit.events.moderation_decided', { actor });
    }
    case 'call_opened': {
      const closesAt = detailString(details, 'closesAt');
      return t('audit.events.call_opened', { actor, title: detailString(details, 'title') ?? '?', date: closesAt ? formatDate(t, closesAt) : '?' });
    }
    case 'contribution_answered': {
      const answer = detail(details, 'answer');
      return t('audit.events.contribution_answered', {
        actor,
        answer: answer === 'taken_forward' || answer === 'under_consideration' || answer === 'not_taken_forward' ? t(`audit.answers.${answer}`) : '?',
        response: detailString(details, 'response') ?? '',
      });
    }
    case 'contribution_promoted':
      return t(detail(details, 'as') === 'indicator' ? 'audit.events.contribution_promoted_indicator' : 'audit.events.contribution_promoted_outcome', { actor });
    case 'version_created': {
      const kind = detail(details, 'kind');
      const why = isVersionKind(kind) ? t(`audit.versionWhy.${kind}`) : '';
      return labelled(t('audit.events.version_created', { actor, version: detailNumber(details, 'version') ?? '?', title: document(event.subject), why }).trim());
    }
    case 'version_published':
      return labelled(t('audit.events.version_published', { actor, version: detailNumber(details, 'version') ?? '?', title: document(event.subject) }));
    case 'version_restored':
      return t('audit.events.version_restored', {
        actor,
        from: detailNumber(details, 'from') ?? '?',
        version: detailNumber(details, 'version') ?? '?',
        title: document(event.subject),
      });
    default:
      return t('audit.events.unknown', { actor, kind: event.kind });
  }
}

/** `{ carer: 'view', provider: 'none' }` → "carers can view; providers cannot see it". */
function accessChanges(t: TFunction, access: unknown): string {
  if (access === null || typeof access !== 'object') return '?';
  const parts = ROLES.flatMap((role) => {
    const level = (access as Record<string, unknown>)[role];
    return isLevel(level) ? [t(`audit.access.${role}.${level}`)] : [];
  });
  return parts.length > 0 ? parts.join('; ') : '?';
}

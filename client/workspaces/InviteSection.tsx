import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../shared/access.ts';
import { createInvitationRequest } from '../../shared/schemas/membership.ts';
import { createInvitation, listOrganisations } from '../api/endpoints.ts';
import type { Invitation, Organisation } from '../api/types.ts';
import { CopyField } from '../ui/CopyField.tsx';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { SelectField, TextField } from '../ui/fields.tsx';
import { formatDate } from '../ui/formatDate.ts';
import { useForm } from '../ui/useForm.ts';
import { roleLabel } from './labels.ts';
import { OpenInvitations } from './OpenInvitations.tsx';

const MESSAGES = { role: 'errors.role', organisationName: 'errors.organisationName', organisationId: 'errors.organisationName' } as const;

/**
 * A commissioner makes a single-use invitation link for a role (and a
 * provider's organisation), and sees and revokes the ones not yet accepted.
 */
export function InviteSection({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const form = useForm('invite', MESSAGES);
  const [role, setRole] = useState<Role>('provider');
  const [organisationName, setOrganisationName] = useState('');
  const [invitations, setInvitations] = useState<Invitation[]>([]);
  // Bumped after each new invitation: the open list and known organisations load again.
  const [version, setVersion] = useState(0);
  const [organisations, setOrganisations] = useState<Organisation[]>([]);

  useEffect(() => {
    let current = true;
    // Only suggestions for the name field: without them, typing a name works just the same.
    listOrganisations(workspaceId).then(
      ({ organisations: known }) => current && setOrganisations(known),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [workspaceId, version]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const values = role === 'provider' ? { role, organisationName: organisationName.trim() || undefined } : { role };
    void form.submit(createInvitationRequest, values, async (body) => {
      const { invitation } = await createInvitation(workspaceId, body);
      setOrganisationName('');
      setInvitations((list) => [invitation, ...list]);
      setVersion((v) => v + 1);
    });
  };

  return (
    <section className="section panel" aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t('invite.heading')}</h2>
      <p>{t('invite.lead')}</p>
      <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="invite-heading">
        <ErrorSummary form={form} />
        <SelectField<Role>
          id={form.fieldId('role')}
          label={t('invite.role')}
          options={ROLES.map((value) => ({ value, label: roleLabel(t, value) }))}
          value={role}
          onChange={setRole}
          error={form.errors.role}
        />
        {role === 'provider' ? (
          <TextField
            id={form.fieldId('organisationName')}
            label={t('invite.organisation')}
            hint={t(organisations.length > 0 ? 'invite.organisationHintKnown' : 'invite.organisationHint')}
            autoComplete="organization"
            list={organisations.length > 0 ? 'invite-known-organisations' : undefined}
            value={organisationName}
            onChange={(event) => setOrganisationName(event.target.value)}
            error={form.errors.organisationName}
          />
        ) : null}
        {role === 'provider' && organisations.length > 0 ? (
          <datalist id="invite-known-organisations">
            {organisations.map((organisation) => (
              <option key={organisation.id} value={organisation.name} />
            ))}
          </datalist>
        ) : null}
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {t('invite.submit')}
        </button>
      </form>
      <div role="status">
        {invitations.length > 0 ? <p className="success-message">{t('invite.created')}</p> : null}
      </div>
      {invitations.map((invitation) => (
        <div key={invitation.id} className="invitation">
          <CopyField
            id={`invitation-${invitation.id}`}
            label={
              invitation.organisation
                ? t('invite.linkForOrganisation', { role: roleLabel(t, invitation.role), organisation: invitation.organisation.name })
                : t('invite.linkFor', { role: roleLabel(t, invitation.role) })
            }
            value={`${window.location.origin}${invitation.path}`}
          />
          <p className="field__hint">{t('invite.expires', { date: formatDate(t, invitation.expiresAt) })}</p>
        </div>
      ))}
      <OpenInvitations workspaceId={workspaceId} version={version} />
    </section>
  );
}

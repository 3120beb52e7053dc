import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../shared/access.ts';
import { ApiError } from '../api/apiClient.ts';
import { removeMember, updateMember } from '../api/endpoints.ts';
import type { Member, Organisation } from '../api/types.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { apiErrorMessage } from '../ui/errorMessages.ts';
import { FieldError, SelectField } from '../ui/fields.tsx';
import { roleLabel } from './labels.ts';

interface MemberItemProps {
  workspaceId: string;
  member: Member;
  isMe: boolean;
  manages: boolean;
  organisations: Organisation[];
  /** After a change: what to announce, and whether the member is gone. */
  onChanged(message: string, removed: boolean): Promise<void>;
}

/** One member: name, role, organisation; for commissioners a role select and a remove button. */
export function MemberItem({ workspaceId, member, isMe, manages, organisations, onChanged }: MemberItemProps) {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role>(member.role);
  const [organisationId, setOrganisationId] = useState(member.organisation?.id ?? organisations[0]?.id ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const base = `member-${member.userId}`;
  const needsOrganisation = role === 'provider' && !member.organisation;

  const run = async (action: () => Promise<unknown>, message: string, removed: boolean) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      setConfirming(false);
      await onChanged(message, removed);
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      setConfirming(false);
      setError(caught.code === 'invalid_request' && caught.field === 'organisationId' ? t('errors.providerNeedsOrganisation') : apiErrorMessage(t, caught));
      document.getElementById(`${base}-role`)?.focus();
    } finally {
      setBusy(false);
    }
  };

  const changeRole = (event: FormEvent) => {
    event.preventDefault();
    const body = needsOrganisation && organisationId ? { role, organisationId } : { role };
    void run(() => updateMember(workspaceId, member.userId, body), t('members.roleChanged', { name: member.displayName, role: roleLabel(t, role) }), false);
  };

  return (
    <li className="item-list__item member">
      <span className="item-list__title">
        {member.displayName}
        {isMe ? <span className="member__you"> {t('members.you')}</span> : null}
        {member.guest ? <span className="tag tag--guest">{t('members.guest')}</span> : null}
      </span>
      <span className="item-list__meta">
        <span>{roleLabel(t, member.role)}</span>
        {member.organisation ? <span>{member.organisation.name}</span> : null}
        {member.email ? <span className="member__email">{member.email}</span> : null}
      </span>
      {manages ? (
        <form className="member__controls" onSubmit={changeRole} noValidate>
          {error ? <FieldError id={`${base}-error`}>{error}</FieldError> : null}
          <div className="member__row">
            <SelectField<Role>
              id={`${base}-role`}
              label={t('members.roleOf', { name: member.displayName })}
              hiddenLabel
              options={ROLES.map((value) => ({ value, label: roleLabel(t, value) }))}
              value={role}
              onChange={setRole}
              error={undefined}
              aria-describedby={error ? `${base}-error` : undefined}
            />
            {needsOrganisation && organisations.length > 0 ? (
              <SelectField
                id={`${base}-organisation`}
                label={t('members.organisationOf', { name: member.displayName })}
                hiddenLabel
                options={organisations.map((o) => ({ value: o.id, label: o.name }))}
                value={organisationId}
                onChange={setOrganisationId}
              />
            ) : null}
            <button type="submit" className="button button--small" disabled={busy || role === member.role}>
              {t('members.changeRole')}
              <span className="visually-hidden"> {t('members.forName', { name: member.displayName })}</span>
            </button>
            <button type="button" className="button button--small button--danger-outline" disabled={busy} onClick={() => setConfirming(true)}>
              {t('members.remove', { name: member.displayName })}
            </button>
          </div>
        </form>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title={t('members.confirmRemoveTitle', { name: member.displayName })}
        confirmLabel={t('members.confirmRemove', { name: member.displayName })}
        destructive
        busy={busy}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void run(() => removeMember(workspaceId, member.userId), t('members.removed', { name: member.displayName }), true)}
      >
        <p>{t(member.guest ? 'members.confirmRemoveGuest' : 'members.confirmRemoveBody')}</p>
      </ConfirmDialog>
    </li>
  );
}

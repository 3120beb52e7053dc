import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ApiError } from '../api/apiClient.ts';
import { listInvitations, revokeInvitation } from '../api/endpoints.ts';
import type { OpenInvitation } from '../api/types.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { apiErrorMessage } from '../ui/errorMessages.ts';
import { formatDate } from '../ui/formatDate.ts';
import { roleLabel } from './labels.ts';

/** "Provider, Gofal Da Cyf" or "Carer": what an invitation is for, in words. */
function describe(t: TFunction, invitation: OpenInvitation): string {
  const role = roleLabel(t, invitation.role);
  return invitation.organisation ? t('invite.roleAtOrganisation', { role, organisation: invitation.organisation.name }) : role;
}

interface OpenInvitationsProps {
  workspaceId: string;
  /** Changes when an invitation was just made, so the list loads again. */
  version: number;
}

/**
 * The invitations nobody has accepted yet, with a way to revoke each. Links
 * are not shown again: the server keeps only a hash of each code.
 */
export function OpenInvitations({ workspaceId, version }: OpenInvitationsProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const [invitations, setInvitations] = useState<OpenInvitation[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [news, setNews] = useState('');
  const [revoking, setRevoking] = useState<OpenInvitation | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      setInvitations((await listInvitations(workspaceId)).invitations);
      setProblem(null);
    } catch (error) {
      if (error instanceof ApiError) setProblem(apiErrorMessage(t, error));
      else throw error;
    }
  }, [workspaceId, t]);

  useEffect(() => {
    void load();
  }, [load, version]);

  const revoke = async (invitation: OpenInvitation) => {
    setBusy(true);
    try {
      await revokeInvitation(workspaceId, invitation.id);
      setRevoking(null);
      await load();
      setNews(t('invite.revoked', { description: describe(t, invitation) }));
      // Its button is gone: carry on from the list's heading.
      heading.current?.focus();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setRevoking(null);
      setProblem(apiErrorMessage(t, error));
      await load();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="open-invitations">
      <h3 id="open-invitations-heading" ref={heading} tabIndex={-1}>
        {t('invite.openHeading')} {invitations ? <span className="count">({invitations.length})</span> : null}
      </h3>
      <p role="status" className="success-message">
        {news}
      </p>
      {problem ? (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      ) : null}
      {invitations === null ? (
        problem ? null : <p>{t('loading')}</p>
      ) : invitations.length === 0 ? (
        <p>{t('invite.noneOpen')}</p>
      ) : (
        <ul className="item-list" aria-labelledby="open-invitations-heading">
          {invitations.map((invitation) => (
            <li key={invitation.id} className="item-list__item">
              <span className="item-list__title">{describe(t, invitation)}</span>
              <span className="item-list__meta">
                <span>{t('invite.madeBy', { name: invitation.createdBy.name })}</span>
                <span>{t('invite.expires', { date: formatDate(t, invitation.expiresAt) })}</span>
              </span>
              <div className="button-row">
                <button type="button" className="button button--small button--danger-outline" disabled={busy} onClick={() => setRevoking(invitation)}>
                  {t('invite.revoke')}
                  <span className="visually-hidden"> {t('invite.revokeFor', { description: describe(t, invitation) })}</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={revoking !== null}
        title={revoking ? t('invite.confirmRevokeTitle', { description: describe(t, revoking) }) : ''}
        confirmLabel={t('invite.confirmRevoke')}
        destructive
        busy={busy}
        onCancel={() => setRevoking(null)}
        onConfirm={() => {
          if (revoking) void revoke(revoking);
        }}
      >
        <p>{t('invite.confirmRevokeBody')}</p>
      </ConfirmDialog>
    </div>
  );
}

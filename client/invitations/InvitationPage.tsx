import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/SessionContext.tsx';
import { Link } from '../routing/Link.tsx';
import { PageHeading, usePageTitle } from '../routing/PageHeading.tsx';
import { paths } from '../routing/routes.ts';
import { apiErrorMessage } from '../ui/errorMessages.ts';
import { formatDate } from '../ui/formatDate.ts';
import { roleLabel } from '../workspaces/labels.ts';
import { AcceptAsMember } from './AcceptAsMember.tsx';
import { AcceptWithNewAccount } from './AcceptWithNewAccount.tsx';
import { useInvitation } from './useInvitation.ts';

/** /invitations/:code — who invited you to what; accept, creating an account if needed. */
export function InvitationPage({ code }: { code: string }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const load = useInvitation(code);
  const invitation = load.state === 'loaded' ? load.invitation : null;
  usePageTitle(invitation ? t('invitation.title', { workspace: invitation.workspace.name }) : t('invitation.heading'));

  if (load.state === 'loading' || session.status === 'loading') return <PageHeading>{t('loading')}</PageHeading>;
  if (load.state === 'failed') {
    return (
      <div className="narrow">
        <PageHeading>{t('invitation.notWorking')}</PageHeading>
        <p>{load.error.status === 404 ? t('invitation.notWorkingLead') : apiErrorMessage(t, load.error)}</p>
        <p>
          <Link to={paths.home}>{t('invitation.goHome')}</Link>
        </p>
      </div>
    );
  }

  const { invitation: inv } = load;
  const account = session.status === 'signedIn' && session.user.kind === 'account' ? session.user : null;
  return (
    <div className="narrow">
      <PageHeading>{t('invitation.title', { workspace: inv.workspace.name })}</PageHeading>
      <dl className="facts facts--header">
        <div className="facts__item">
          <dt>{t('invitation.role')}</dt>
          <dd>
            <strong>{roleLabel(t, inv.role)}</strong>
          </dd>
        </div>
        {inv.organisation ? (
          <div className="facts__item">
            <dt>{t('invitation.organisation')}</dt>
            <dd>{inv.organisation.name}</dd>
          </div>
        ) : null}
        <div className="facts__item">
          <dt>{t('invitation.expires')}</dt>
          <dd>{formatDate(t, inv.expiresAt)}</dd>
        </div>
      </dl>
      {account ? <AcceptAsMember code={code} user={account} workspaceId={inv.workspace.id} /> : <AcceptWithNewAccount code={code} />}
    </div>
  );
}

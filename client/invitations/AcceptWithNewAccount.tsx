import { useTranslation } from 'react-i18next';
import { acceptInvitation } from '../api/endpoints.ts';
import { useSession } from '../auth/SessionContext.tsx';
import { SignUpForm } from '../auth/SignUpForm.tsx';
import { Link } from '../routing/Link.tsx';
import { navigate, withNext } from '../routing/router.ts';
import { paths } from '../routing/routes.ts';

/** Not signed in (or only as a workshop guest): create the account while accepting, or sign in first. */
export function AcceptWithNewAccount({ code }: { code: string }) {
  const { t } = useTranslation();
  const { refresh } = useSession();
  return (
    <section aria-labelledby="accept-heading">
      <h2 id="accept-heading">{t('invitation.createHeading')}</h2>
      <p>
        {t('invitation.haveAccount')} <Link to={withNext(paths.signIn, paths.invitation(code))}>{t('invitation.signInFirst')}</Link>
      </p>
      <SignUpForm
        idPrefix="accept"
        label={t('invitation.createHeading')}
        submitLabel={t('invitation.createAndAccept')}
        onSubmit={async (account) => {
          const { workspaceId } = await acceptInvitation(code, account);
          await refresh();
          navigate(paths.workspace(workspaceId));
        }}
      />
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { signUp } from '../api/endpoints.ts';
import { Link } from '../routing/Link.tsx';
import { PageHeading, usePageTitle } from '../routing/PageHeading.tsx';
import { navigate, nextFromSearch, useLocation, withNext } from '../routing/router.ts';
import { paths } from '../routing/routes.ts';
import { useSession } from './SessionContext.tsx';
import { SignUpForm } from './SignUpForm.tsx';

/** /signup — an account for someone who will run or join workspaces. */
export function SignUpPage() {
  const { t } = useTranslation();
  const { signedIn } = useSession();
  const next = nextFromSearch(useLocation().search);
  usePageTitle(t('auth.createAccount'));
  return (
    <div className="narrow">
      <PageHeading>{t('auth.createAccount')}</PageHeading>
      <p>{t('auth.createAccountLead')}</p>
      <SignUpForm
        idPrefix="sign-up"
        label={t('auth.createAccount')}
        submitLabel={t('auth.createAccountButton')}
        onSubmit={async (account) => {
          const { user } = await signUp(account);
          signedIn(user);
          navigate(next ?? paths.home);
        }}
      />
      <p className="after-form">
        {t('auth.haveAccount')} <Link to={withNext(paths.signIn, next)}>{t('auth.signInLink')}</Link>
      </p>
    </div>
  );
}

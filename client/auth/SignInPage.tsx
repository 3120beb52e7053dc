import { useTranslation } from 'react-i18next';
import { Link } from '../routing/Link.tsx';
import { PageHeading, usePageTitle } from '../routing/PageHeading.tsx';
import { nextFromSearch, useLocation, withNext } from '../routing/router.ts';
import { paths } from '../routing/routes.ts';
import { SignInForm } from './SignInForm.tsx';

/** /signin — on its own page, e.g. on the way to accept an invitation (`?next=`). */
export function SignInPage() {
  const { t } = useTranslation();
  const next = nextFromSearch(useLocation().search);
  usePageTitle(t('auth.signIn'));
  return (
    <div className="narrow">
      <PageHeading>{t('auth.signIn')}</PageHeading>
      <SignInForm next={next} />
      <p className="after-form">
        {t('auth.noAccount')} <Link to={withNext(paths.signUp, next)}>{t('auth.createAccountLink')}</Link>
      </p>
      <p>
        <Link to={paths.join}>{t('join.linkFromSignIn')}</Link>
      </p>
    </div>
  );
}

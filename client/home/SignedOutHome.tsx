import { useTranslation } from 'react-i18next';
import { signUp } from '../api/endpoints.ts';
import { useSession } from '../auth/SessionContext.tsx';
import { SignInForm } from '../auth/SignInForm.tsx';
import { SignUpForm } from '../auth/SignUpForm.tsx';
import { Link } from '../routing/Link.tsx';
import { PageHeading, usePageTitle } from '../routing/PageHeading.tsx';
import { navigate, nextFromSearch, useLocation, withNext } from '../routing/router.ts';
import { paths } from '../routing/routes.ts';
import { Intro } from './Intro.tsx';

/**
 * The front door. A new instance offers to create the first commissioner
 * account; otherwise: join a workshop with a code, or sign in.
 */
export function SignedOutHome({ needsFirstAccount }: { needsFirstAccount: boolean }) {
  const { t } = useTranslation();
  const { signedIn } = useSession();
  const next = nextFromSearch(useLocation().search);
  usePageTitle(null);

  return (
    <>
      <div className="intro">
        <PageHeading>{t('intro.heading')}</PageHeading>
        <p className="intro__lead">{t('intro.lead')}</p>
      </div>
      {needsFirstAccount ? (
        <section className="panel narrow section" aria-labelledby="first-account-heading">
          <h2 id="first-account-heading">{t('home.firstAccountHeading')}</h2>
          <p>{t('home.firstAccountLead')}</p>
          <SignUpForm
            idPrefix="first-account"
            label={t('home.firstAccountHeading')}
            submitLabel={t('home.firstAccountButton')}
            onSubmit={async (account) => {
              const { user } = await signUp(account);
              signedIn(user);
              navigate(paths.home);
            }}
          />
        </section>
      ) : (
        <div className="home-grid">
          <section className="callout" aria-labelledby="join-heading">
            <h2 id="join-heading">{t('home.joinHeading')}</h2>
            <p>{t('home.joinLead')}</p>
            <Link to={paths.join} className="button button--primary button--large">
              {t('home.joinLink')}
            </Link>
          </section>
          <section className="panel" aria-labelledby="sign-in-heading">
            <h2 id="sign-in-heading">{t('auth.signIn')}</h2>
            {next ? (
              <p className="notice" role="status">
                {t('home.signInToContinue')}
              </p>
            ) : null}
            <SignInForm idPrefix="home-sign-in" next={next} />
            <p className="after-form">
              {t('auth.noAccount')} <Link to={withNext(paths.signUp, next)}>{t('auth.createAccountLink')}</Link>
            </p>
          </section>
        </div>
      )}
      <Intro />
    </>
  );
}

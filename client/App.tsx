import { useTranslation } from 'react-i18next';
import { AccountBar } from './auth/AccountBar.tsx';
import { SessionProvider } from './auth/SessionContext.tsx';
import { LanguageSwitcher } from './i18n/LanguageSwitcher.tsx';
import { Link } from './routing/Link.tsx';
import { paths } from './routing/routes.ts';
import { Routes } from './routing/Routes.tsx';
import { PreferencesProvider } from './settings/PreferencesProvider.tsx';
import { SettingsLink } from './settings/SettingsLink.tsx';
import './ui/forms.css';
import './ui/layout.css';
import './workspaces/workspaces.css';

const MAIN_ID = 'main-content';

/** The page frame: skip link, header, main, footer; the page itself comes from the address. */
export function App() {
  const { t } = useTranslation();
  return (
    <SessionProvider>
      <PreferencesProvider />
      <a className="skip-link" href={`#${MAIN_ID}`}>
        {t('skipLink')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <p className="site-header__brand">
            <Link to={paths.home} className="site-header__name">
              {t('app.name')}
            </Link>
            <span className="site-header__tagline">{t('app.tagline')}</span>
          </p>
          <div className="site-header__tools">
            <LanguageSwitcher />
            <SettingsLink />
          </div>
        </div>
        <AccountBar />
      </header>
      {/* tabIndex -1: the skip link moves keyboard focus here, not only the scroll position. */}
      <main id={MAIN_ID} className="page" tabIndex={-1}>
        <Routes />
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <p>{t('footer.about')}</p>
          <p className="site-footer__links">
            <Link to={paths.accessibility}>{t('accessibility.footerLink')}</Link>
          </p>
        </div>
      </footer>
    </SessionProvider>
  );
}

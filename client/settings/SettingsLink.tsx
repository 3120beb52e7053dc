import { useTranslation } from 'react-i18next';
import { Link } from '../routing/Link.tsx';
import { useLocation } from '../routing/router.ts';
import { paths } from '../routing/routes.ts';

/** In the header for everyone, signed in or not; marked as the current page on /settings. */
export function SettingsLink() {
  const { t } = useTranslation();
  const here = useLocation().pathname.replace(/\/+$/, '') === paths.settings;
  return (
    <Link to={paths.settings} className="site-header__settings" aria-current={here ? 'page' : undefined}>
      {t('settings.link')}
    </Link>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from './SessionContext.tsx';

/** In the header while signed in: who, and a way to sign out. */
export function AccountBar() {
  const { t } = useTranslation();
  const { session, signOut } = useSession();
  const [busy, setBusy] = useState(false);
  if (session.status !== 'signedIn') return null;
  const { user } = session;

  const onSignOut = async () => {
    setBusy(true);
    try {
      await signOut();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="account-bar">
      <div className="account-bar__inner">
        <p className="account-bar__name">
          {t(user.kind === 'guest' ? 'auth.signedInAsGuest' : 'auth.signedInAs', { name: user.displayName })}
        </p>
        <button type="button" className="account-bar__button" onClick={() => void onSignOut()} disabled={busy}>
          {t('auth.signOut')}
        </button>
      </div>
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/apiClient.ts';
import { acceptInvitation } from '../api/endpoints.ts';
import type { User } from '../api/types.ts';
import { Link } from '../routing/Link.tsx';
import { navigate } from '../routing/router.ts';
import { paths } from '../routing/routes.ts';
import { apiErrorMessage } from '../ui/errorMessages.ts';

/** Signed in with an account: one button. */
export function AcceptAsMember({ code, user, workspaceId }: { code: string; user: User; workspaceId: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [alreadyMember, setAlreadyMember] = useState(false);

  const accept = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const accepted = await acceptInvitation(code);
      navigate(paths.workspace(accepted.workspaceId));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setProblem(apiErrorMessage(t, error));
      setAlreadyMember(error.code === 'already_member');
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="accept-heading">
      <h2 id="accept-heading">{t('invitation.acceptHeading')}</h2>
      <p>{t('invitation.signedInAs', { name: user.displayName, email: user.email ?? '' })}</p>
      <div role="alert">
        {problem ? (
          <p className="notice notice--error">
            {problem}
            {alreadyMember ? (
              <>
                {' '}
                <Link to={paths.workspace(workspaceId)}>{t('invitation.openWorkspace')}</Link>
              </>
            ) : null}
          </p>
        ) : null}
      </div>
      <button type="button" className="button button--primary button--large" onClick={() => void accept()} disabled={busy}>
        {t('invitation.accept')}
      </button>
    </section>
  );
}

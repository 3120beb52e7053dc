import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { joinWorkshopRequest } from '../../shared/schemas/membership.ts';
import { joinWorkshop } from '../api/endpoints.ts';
import { useSession } from '../auth/SessionContext.tsx';
import { PageHeading, usePageTitle } from '../routing/PageHeading.tsx';
import { navigate } from '../routing/router.ts';
import { paths } from '../routing/routes.ts';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { RadioGroup, TextField } from '../ui/fields.tsx';
import './workshops.css';
import { useForm } from '../ui/useForm.ts';

type GuestRole = 'service_user' | 'carer';
const MESSAGES = { code: 'errors.code', displayName: 'errors.guestName', role: 'errors.guestRole' } as const;

/** What someone types, as a code: capitals, and no spaces or dashes (people copy "K7M-2QP" from a slide). */
function normaliseCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').slice(0, 6);
}

/** /join — a workshop guest joins with the code on the screen, a name, and who they are. No account. */
export function JoinPage() {
  const { t } = useTranslation();
  const { session, signedIn } = useSession();
  const form = useForm('join', MESSAGES);
  const [code, setCode] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<GuestRole | ''>('');
  usePageTitle(t('join.heading'));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(joinWorkshopRequest, { code, displayName, role: role || undefined }, async (body) => {
      const joined = await joinWorkshop(body);
      signedIn(joined.user);
      navigate(paths.workspace(joined.workspaceId));
    });
  };

  const signedInAccount = session.status === 'signedIn' && session.user.kind === 'account' ? session.user : null;

  return (
    <div className="narrow join">
      <PageHeading>{t('join.heading')}</PageHeading>
      <p className="lead">{t('join.lead')}</p>
      {signedInAccount ? (
        <p className="notice">{t('join.signedInWarning', { name: signedInAccount.displayName })}</p>
      ) : null}
      <form className="form form--roomy" onSubmit={onSubmit} noValidate>
        <ErrorSummary form={form} />
        <TextField
          id={form.fieldId('code')}
          label={t('join.code')}
          hint={t('join.codeHint')}
          width="code"
          autoComplete="off"
          autoCapitalize="characters"
          autoCorrect="off"
          spellCheck={false}
          inputMode="text"
          value={code}
          onChange={(event) => setCode(normaliseCode(event.target.value))}
          error={form.errors.code}
        />
        <TextField
          id={form.fieldId('displayName')}
          label={t('join.name')}
          hint={t('join.nameHint')}
          autoComplete="given-name"
          value={displayName}
          onChange={(event) => setDisplayName(event.target.value)}
          error={form.errors.displayName}
        />
        <RadioGroup<GuestRole>
          id={form.fieldId('role')}
          name="guest-role"
          legend={t('join.role')}
          options={[
            { value: 'service_user', label: t('join.serviceUser'), hint: t('join.serviceUserHint') },
            { value: 'carer', label: t('join.carer'), hint: t('join.carerHint') },
          ]}
          value={role}
          onChange={setRole}
          error={form.errors.role}
        />
        <button type="submit" className="button button--primary button--large" disabled={form.submitting}>
          {t('join.submit')}
        </button>
      </form>
      <p className="after-form">{t('join.noCode')}</p>
    </div>
  );
}

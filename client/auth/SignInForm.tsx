import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { loginRequest } from '../../shared/schemas/auth.ts';
import { signIn } from '../api/endpoints.ts';
import { navigate } from '../routing/router.ts';
import { TextField } from '../ui/fields.tsx';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { useForm } from '../ui/useForm.ts';
import { useSession } from './SessionContext.tsx';

const MESSAGES = { email: 'errors.email', password: 'errors.passwordMissing' } as const;

/** Email and password; on success, on to `next` or the list of workspaces. */
export function SignInForm({ idPrefix = 'sign-in', next }: { idPrefix?: string; next: string | null }) {
  const { t } = useTranslation();
  const { signedIn } = useSession();
  const form = useForm(idPrefix, MESSAGES);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(loginRequest, { email, password }, async (body) => {
      const { user } = await signIn(body);
      signedIn(user);
      navigate(next ?? '/');
    });
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label={t('auth.signIn')}>
      <ErrorSummary form={form} />
      <TextField
        id={form.fieldId('email')}
        label={t('auth.email')}
        type="email"
        autoComplete="username"
        spellCheck={false}
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={form.errors.email}
      />
      <TextField
        id={form.fieldId('password')}
        label={t('auth.password')}
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={form.errors.password}
      />
      <button type="submit" className="button button--primary" disabled={form.submitting}>
        {t('auth.signInButton')}
      </button>
    </form>
  );
}

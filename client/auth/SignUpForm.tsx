import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { signupRequest, type SignupRequest } from '../../shared/schemas/auth.ts';
import { TextField } from '../ui/fields.tsx';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { useForm } from '../ui/useForm.ts';

export const SIGN_UP_MESSAGES = {
  displayName: 'errors.displayName',
  email: 'errors.email',
  password: 'errors.passwordTooShort',
} as const;

interface SignUpFormProps {
  idPrefix: string;
  submitLabel: string;
  /** Accessible name of the form (there may be two forms on a page). */
  label: string;
  /** Creates the account (sign-up, or accepting an invitation); throws ApiError to show a problem. */
  onSubmit(account: SignupRequest): Promise<void>;
}

/** Name, email and a password of at least 10 characters. */
export function SignUpForm({ idPrefix, submitLabel, label, onSubmit }: SignUpFormProps) {
  const { t } = useTranslation();
  const form = useForm(idPrefix, SIGN_UP_MESSAGES);
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(signupRequest, { displayName, email, password }, onSubmit);
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={label}>
      <ErrorSummary form={form} />
      <TextField
        id={form.fieldId('displayName')}
        label={t('auth.displayName')}
        hint={t('auth.displayNameHint')}
        autoComplete="name"
        value={displayName}
        onChange={(event) => setDisplayName(event.target.value)}
        error={form.errors.displayName}
      />
      <TextField
        id={form.fieldId('email')}
        label={t('auth.email')}
        type="email"
        autoComplete="email"
        spellCheck={false}
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={form.errors.email}
      />
      <TextField
        id={form.fieldId('password')}
        label={t('auth.newPassword')}
        hint={t('auth.newPasswordHint')}
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={form.errors.password}
      />
      <button type="submit" className="button button--primary" disabled={form.submitting}>
        {submitLabel}
      </button>
    </form>
  );
}

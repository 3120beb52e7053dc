import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { registerCitizenRequest } from '../../shared/schemas/contributions.ts';
import { useSession } from '../auth/SessionContext.tsx';
import { Link } from '../routing/Link.tsx';
import { withNext } from '../routing/router.ts';
import { paths } from '../routing/routes.ts';
import { TextField } from '../ui/fields.tsx';
import { register } from './callApi.ts';
import { FormProblem } from './FormProblem.tsx';
import { useCallForm } from './useCallForm.ts';

/** Joining while signed in sends nothing: there is nothing to check. */
const JOIN_AS_MEMBER = z.object({});

interface Props {
  callId: string;
  /** Signed in but not a member: one button joins as a citizen; signed out: an account is made first. */
  signedIn: boolean;
  /** After joining: the call is fetched again, now with this person as its viewer. */
  onJoined(): void;
}

/** "Take part": a public, open call invites anyone in as a citizen. */
export function TakePart({ callId, signedIn, onJoined }: Props) {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const form = useCallForm('take-part');
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const join = async (account?: { email: string; password: string; displayName: string }) => {
    await register(callId, account);
    // The server set the session cookie: the whole app learns who is signed in now.
    await refresh();
    onJoined();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(registerCitizenRequest, { displayName, email, password }, join);
  };

  return (
    <section className="call-take-part panel" aria-labelledby="take-part-heading">
      <h2 id="take-part-heading">{t('calls.takePart.heading')}</h2>
      {signedIn ? (
        <>
          <p>{t('calls.takePart.joinLead')}</p>
          <FormProblem form={form} />
          <button type="button" className="button button--primary" disabled={form.busy} onClick={() => void form.submit(JOIN_AS_MEMBER, {}, () => join())}>
            {t('calls.takePart.join')}
          </button>
        </>
      ) : (
        <>
          <p>{t('calls.takePart.lead')}</p>
          <p>
            {t('calls.takePart.haveAccount')} <Link to={withNext(paths.signIn, paths.call(callId))}>{t('calls.takePart.signIn')}</Link>
          </p>
          <h3 id="register-heading">{t('calls.takePart.registerHeading')}</h3>
          <form className="form" onSubmit={submit} noValidate aria-labelledby="register-heading">
            <FormProblem form={form} />
            <TextField
              id={form.fieldId('displayName')}
              label={t('calls.takePart.name')}
              hint={t('calls.takePart.nameHint')}
              autoComplete="name"
              value={displayName}
              onChange={(event) => setDisplayName(event.target.value)}
              error={form.errorFor('displayName')}
            />
            <TextField
              id={form.fieldId('email')}
              label={t('calls.takePart.email')}
              type="email"
              autoComplete="email"
              spellCheck={false}
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              error={form.errorFor('email')}
            />
            <TextField
              id={form.fieldId('password')}
              label={t('calls.takePart.password')}
              hint={t('calls.takePart.passwordHint')}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              error={form.errorFor('password')}
            />
            <button type="submit" className="button button--primary" disabled={form.busy}>
              {t('calls.takePart.register')}
            </button>
          </form>
        </>
      )}
    </section>
  );
}

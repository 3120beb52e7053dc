import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/SessionContext.tsx';
import { Link } from '../routing/Link.tsx';
import { PageHeading, usePageTitle } from '../routing/PageHeading.tsx';
import { withNext } from '../routing/router.ts';
import { paths } from '../routing/routes.ts';
import { apiErrorMessage } from '../ui/errorMessages.ts';
import { abilitiesOf } from './abilities.ts';
import { CallFacts } from './CallFacts.tsx';
import { ContributeForm } from './ContributeForm.tsx';
import { ContributionList } from './ContributionList.tsx';
import { LiveNews } from './LiveNews.tsx';
import { TakePart } from './TakePart.tsx';
import { useCall } from './useCall.ts';
import './calls.css';

/**
 * /calls/:callId — a call for contributions on population outcomes: what it
 * asks and until when, the contributions so far (live), and the way in for
 * whoever is reading: the contribute form, "Take part" for a visitor to a
 * public call, a commissioner's tools on each contribution, or just reading.
 */
export function CallPage({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const { load, arrived, refresh, replace } = useCall(callId);
  const [joined, setJoined] = useState(false);
  const view = load.state === 'loaded' ? load.view : null;
  const can = view ? abilitiesOf(view) : null;

  const heading = view ? view.call.title : load.state === 'failed' ? t(load.error.status === 404 ? 'calls.notFound' : 'calls.loadFailed') : t('loading');
  usePageTitle(heading);

  // Having just joined: once the form is there, focus moves to it, where the next step is.
  useEffect(() => {
    if (joined && can?.contribute) document.getElementById('contribute-heading')?.focus();
  }, [joined, can?.contribute]);

  if (load.state === 'loading') return <PageHeading>{heading}</PageHeading>;
  if (load.state === 'failed') {
    return (
      <div className="narrow">
        <PageHeading>{heading}</PageHeading>
        <p>{load.error.status === 404 ? t('calls.notFoundLead') : apiErrorMessage(t, load.error)}</p>
        {session.status === 'signedOut' ? (
          <p>
            <Link to={withNext(paths.signIn, paths.call(callId))}>{t('calls.signInToRead')}</Link>
          </p>
        ) : null}
      </div>
    );
  }

  const { call, viewer } = load.view;
  const mayJoin = viewer === null && call.public && call.state === 'open' && session.status !== 'loading';
  const readOnlyNote =
    call.state === 'scheduled'
      ? t('calls.readOnly.scheduled')
      : call.state === 'closed'
        ? t('calls.readOnly.closed')
        : viewer?.role === 'provider'
          ? t('calls.readOnly.provider')
          : viewer?.role === 'commissioner'
            ? t('calls.readOnly.commissioner')
            : null;

  return (
    <div className="call-page">
      {viewer ? (
        <p className="breadcrumb">
          <Link to={paths.workspace(call.workspaceId)}>{t('calls.backToWorkspace')}</Link>
        </p>
      ) : null}
      <PageHeading>{call.title}</PageHeading>
      <section className="narrow" aria-labelledby="call-about-heading">
        <h2 id="call-about-heading" className="visually-hidden">
          {t('calls.aboutHeading')}
        </h2>
        <p className="lead call-text">{call.introduction}</p>
        <CallFacts call={call} />
        <p>
          <Link to={paths.callEasyRead(call.id)}>{t('easyRead.call.link')}</Link>
        </p>
        <p>
          <Link to={paths.callSummary(call.id)}>{t('calls.summaryLink')}</Link>
        </p>
        {viewer?.role === 'commissioner' ? (
          <p>
            <Link to={paths.callModeration(call.id)}>{t('calls.moderationLink')}</Link>
          </p>
        ) : null}
      </section>

      <LiveNews arrived={arrived} joined={joined} />
      {mayJoin ? (
        <TakePart
          callId={call.id}
          signedIn={session.status === 'signedIn'}
          onJoined={() => {
            setJoined(true);
            refresh();
          }}
        />
      ) : null}
      {can!.contribute ? <ContributeForm view={load.view} onPosted={replace} /> : readOnlyNote ? <p className="notice">{readOnlyNote}</p> : null}
      <ContributionList view={load.view} can={can!} onChanged={replace} />
    </div>
  );
}

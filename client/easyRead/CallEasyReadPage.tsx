import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { statementIn } from '../bilingual/statementIn.ts';
import { ApiError } from '../api/apiClient.ts';
import { useSession } from '../auth/SessionContext.tsx';
import { getCall, type Call, type CallView } from '../calls/callApi.ts';
import { Link } from '../routing/Link.tsx';
import { PageHeading, usePageTitle } from '../routing/PageHeading.tsx';
import { withNext } from '../routing/router.ts';
import { paths } from '../routing/routes.ts';
import { apiErrorMessage } from '../ui/errorMessages.ts';
import { formatDate } from '../ui/formatDate.ts';
import { Lines } from './EasyLines.tsx';
import { sentencesOf } from './textLines.ts';
import './easyRead.css';

type Load = { state: 'loading' } | { state: 'failed'; error: ApiError } | { state: 'loaded'; view: CallView };

const CAN = ['idea', 'ideaMeans', 'experience', 'experienceMeans', 'evidence', 'evidenceMeans', 'support', 'comment'] as const;
const STEPS = ['page', 'account', 'kind', 'outcome', 'write', 'private', 'post'] as const;
const NEXT = ['public', 'read', 'answer', 'decide', 'promote', 'tell', 'name'] as const;

/**
 * /calls/:id/easy-read — a call for contributions in easy read: what it is
 * about, until when, what you can do and how, what happens next, and a big
 * way in to the call page. The server decides who may read it (anyone, for a
 * public call), as for the call page.
 */
export function CallEasyReadPage({ callId }: { callId: string }) {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    getCall(callId)
      .then((view) => current && setLoad({ state: 'loaded', view }))
      .catch((error: unknown) => current && setLoad({ state: 'failed', error: error instanceof ApiError ? error : new ApiError(0, 'unexpected', String(error)) }));
    return () => {
      current = false;
    };
  }, [callId]);

  const heading =
    load.state === 'loaded' ? t('easyRead.call.heading', { title: load.view.call.title }) : load.state === 'failed' ? t('easyRead.call.notFound') : t('easyRead.call.loading');
  usePageTitle(heading);

  if (load.state === 'loading') return <PageHeading>{heading}</PageHeading>;
  if (load.state === 'failed') {
    return (
      <div className="easy-read">
        <PageHeading>{heading}</PageHeading>
        <p>{load.error.status === 404 ? t('easyRead.call.notFoundLead') : apiErrorMessage(t, load.error)}</p>
        {session.status === 'signedOut' ? (
          <p>
            <Link to={withNext(paths.signIn, paths.callEasyRead(callId))}>{t('easyRead.call.signIn')}</Link>
          </p>
        ) : null}
      </div>
    );
  }

  const { call, outcomes } = load.view;
  return (
    <div className="easy-read">
      <p className="breadcrumb">
        <Link to={paths.call(call.id)}>{t('easyRead.call.back')}</Link>
      </p>
      <p className="easy-read__badge">{t('easyRead.badge')}</p>
      <PageHeading>{heading}</PageHeading>
      <Section id="easy-call-about" heading={t('easyRead.call.aboutHeading')}>
        <p>{t('easyRead.call.askers')}</p>
        <Lines lines={sentencesOf(call.introduction)} />
        <p>{call.zones.length > 0 ? t('easyRead.call.zones', { zones: call.zones.join(', ') }) : t('easyRead.call.everywhere')}</p>
      </Section>
      <Section id="easy-call-when" heading={t('easyRead.call.whenHeading')}>
        <WhenLines call={call} />
      </Section>
      {outcomes.length > 0 ? (
        <Section id="easy-call-outcomes" heading={t('easyRead.call.outcomesHeading')}>
          <p>{t('easyRead.call.outcomesLead')}</p>
          <ul className="easy-read__lines">
            {outcomes.map((outcome) => (
              <li key={outcome.id} lang={statementIn(outcome, i18n.language)?.lang}>
                {statementIn(outcome, i18n.language)?.text}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <Section id="easy-call-can" heading={t('easyRead.call.canHeading')}>
        <Lines lines={CAN.map((key) => t(`easyRead.call.can.${key}`))} />
      </Section>
      <Section id="easy-call-how" heading={t('easyRead.call.howHeading')}>
        <ol className="easy-read__steps">
          {STEPS.map((key) => (
            <li key={key}>{t(`easyRead.call.steps.${key}`, { button: t('calls.contribute.submit') })}</li>
          ))}
        </ol>
      </Section>
      <Section id="easy-call-next" heading={t('easyRead.call.nextHeading')}>
        <Lines lines={NEXT.map((key) => t(`easyRead.call.next.${key}`))} />
        <p>
          <Link to={paths.callSummary(call.id)}>{t('easyRead.call.summaryLink')}</Link>
        </p>
      </Section>
      <Link to={paths.call(call.id)} className="easy-read__go">
        {call.state === 'open' ? t('easyRead.call.takePart') : t('easyRead.call.readCall')}
      </Link>
    </div>
  );
}

function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section className="easy-read__section" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {children}
    </section>
  );
}

/** Whether one can take part now, and the dates, one idea per line. */
function WhenLines({ call }: { call: Call }) {
  const { t } = useTranslation();
  const opens = formatDate(t, call.opensAt);
  const closes = formatDate(t, call.closesAt);
  switch (call.state) {
    case 'scheduled':
      return <Lines lines={[t('easyRead.call.scheduled'), t('easyRead.call.from', { date: opens }), t('easyRead.call.ends', { date: closes })]} />;
    case 'open':
      return <Lines lines={[t('easyRead.call.open'), t('easyRead.call.until', { date: closes })]} />;
    case 'closed':
      return <Lines lines={[t('easyRead.call.closed'), t('easyRead.call.endedOn', { date: closes }), t('easyRead.call.stillRead')]} />;
  }
}

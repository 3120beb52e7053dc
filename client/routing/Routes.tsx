import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/SessionContext.tsx';
import { SignInPage } from '../auth/SignInPage.tsx';
import { SignUpPage } from '../auth/SignUpPage.tsx';
import { HomePage } from '../home/HomePage.tsx';
import { InvitationPage } from '../invitations/InvitationPage.tsx';
import { JoinPage } from '../workshops/JoinPage.tsx';
import { WorkspacePage } from '../workspaces/WorkspacePage.tsx';

// The framework editor brings Yjs, the provider and drag and drop: loaded only when visited.
const OutcomesPage = lazy(() => import('../outcomes/OutcomesPage.tsx').then((module) => ({ default: module.OutcomesPage })));
// The specification editor brings Tiptap and ProseMirror: loaded only when visited.
const SpecificationPage = lazy(() => import('../specifications/SpecificationPage.tsx').then((module) => ({ default: module.SpecificationPage })));
// “You said, we did”: a printable summary of a specification's consultation.
const YouSaidWeDidPage = lazy(() => import('../specifications/summary/YouSaidWeDidPage.tsx').then((module) => ({ default: module.YouSaidWeDidPage })));
// The process map brings React Flow: loaded only when visited.
const MapPage = lazy(() => import('../maps/MapPage.tsx').then((module) => ({ default: module.MapPage })));
// Versions of an artefact: list, view, compare, restore.
const HistoryPage = lazy(() => import('../history/HistoryPage.tsx').then((module) => ({ default: module.HistoryPage })));
// The workspace's audit trail, for commissioners.
const AuditPage = lazy(() => import('../audit/AuditPage.tsx').then((module) => ({ default: module.AuditPage })));
// Calls for contributions: the call page and its summary are readable signed out when the call is public.
const CallPage = lazy(() => import('../calls/CallPage.tsx').then((module) => ({ default: module.CallPage })));
const CallSummaryPage = lazy(() => import('../calls/summary/CallSummaryPage.tsx').then((module) => ({ default: module.CallSummaryPage })));
const ModerationPage = lazy(() => import('../calls/moderation/ModerationPage.tsx').then((module) => ({ default: module.ModerationPage })));
// Issue 9: settings each person chooses, the accessibility statement and easy-read views.
const SettingsPage = lazy(() => import('../settings/SettingsPage.tsx').then((module) => ({ default: module.SettingsPage })));
const AccessibilityStatementPage = lazy(() => import('../accessibility/AccessibilityStatementPage.tsx').then((module) => ({ default: module.AccessibilityStatementPage })));
const OutcomesEasyReadPage = lazy(() => import('../easyRead/OutcomesEasyReadPage.tsx').then((module) => ({ default: module.OutcomesEasyReadPage })));
const CallEasyReadPage = lazy(() => import('../easyRead/CallEasyReadPage.tsx').then((module) => ({ default: module.CallEasyReadPage })));
import { Link } from './Link.tsx';
import { PageHeading, usePageTitle } from './PageHeading.tsx';
import { navigate, nextFromSearch, useLocation, withNext } from './router.ts';
import { matchRoute, paths } from './routes.ts';


function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="loading">
      {t('loading')}
    </p>
  );
}

function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.heading'));
  return (
    <div className="narrow">
      <PageHeading>{t('notFound.heading')}</PageHeading>
      <p>{t('notFound.lead')}</p>
      <p>
        <Link to={paths.home}>{t('notFound.home')}</Link>
      </p>
    </div>
  );
}

function ServerUnavailable() {
  const { t } = useTranslation();
  const { refresh } = useSession();
  usePageTitle(t('unavailable.heading'));
  return (
    <div className="narrow">
      <PageHeading>{t('unavailable.heading')}</PageHeading>
      <p>{t('unavailable.lead')}</p>
      <button type="button" className="button" onClick={() => void refresh()}>
        {t('unavailable.retry')}
      </button>
    </div>
  );
}

/** Sends a signed-out visitor to the front door, to come back here once signed in. */
function RedirectToSignIn({ from }: { from: string }) {
  useEffect(() => navigate(withNext(paths.home, from), { replace: true }), [from]);
  return <Loading />;
}

/** Sends a signed-in visitor on (from /signin, /signup). */
function RedirectTo({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return <Loading />;
}

/** A page for signed-in people only, loaded when first visited; anyone else goes to sign in and comes back. */
function SignedIn({ signedIn, from, children }: { signedIn: boolean; from: string; children: ReactNode }) {
  if (!signedIn) return <RedirectToSignIn from={from} />;
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

/** The page for the current address. */
export function Routes() {
  const { pathname, search } = useLocation();
  const { session } = useSession();
  const route = matchRoute(pathname);

  // Pages that do not depend on who is signed in.
  if (route.name === 'notFound') return <NotFoundPage />;
  if (route.name === 'join') return <JoinPage />;
  if (route.name === 'invitation') return <InvitationPage code={route.code} />;
  // Settings work signed out too (kept on the device); the statement is for everyone.
  if (route.name === 'settings' || route.name === 'accessibility') {
    return <Suspense fallback={<Loading />}>{route.name === 'settings' ? <SettingsPage /> : <AccessibilityStatementPage />}</Suspense>;
  }

  if (session.status === 'loading') return <Loading />;
  // A public call is for everyone: the page itself decides what a signed-out reader sees.
  if (route.name === 'call' || route.name === 'callSummary' || route.name === 'callEasyRead') {
    const Page = route.name === 'call' ? CallPage : route.name === 'callSummary' ? CallSummaryPage : CallEasyReadPage;
    return (
      <Suspense fallback={<Loading />}>
        <Page key={route.callId} callId={route.callId} />
      </Suspense>
    );
  }
  if (session.status === 'unavailable') return <ServerUnavailable />;
  const signedIn = session.status === 'signedIn';
  const gate = { signedIn, from: pathname };

  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'signIn':
      return signedIn ? <RedirectTo to={nextFromSearch(search) ?? paths.home} /> : <SignInPage />;
    case 'signUp':
      return signedIn ? <RedirectTo to={nextFromSearch(search) ?? paths.home} /> : <SignUpPage />;
    case 'workspace':
      return signedIn ? <WorkspacePage key={route.id} id={route.id} /> : <RedirectToSignIn from={pathname} />;
    case 'outcomes':
      return (
        <SignedIn {...gate}>
          <OutcomesPage key={route.workspaceId} workspaceId={route.workspaceId} />
        </SignedIn>
      );
    case 'specification':
      return (
        <SignedIn {...gate}>
          <SpecificationPage key={`${route.workspaceId}/${route.artefactId}`} workspaceId={route.workspaceId} artefactId={route.artefactId} />
        </SignedIn>
      );
    case 'youSaidWeDid':
      return (
        <SignedIn {...gate}>
          <YouSaidWeDidPage key={`${route.workspaceId}/${route.artefactId}`} workspaceId={route.workspaceId} artefactId={route.artefactId} />
        </SignedIn>
      );
    case 'outcomesEasyRead':
      return (
        <SignedIn {...gate}>
          <OutcomesEasyReadPage key={route.workspaceId} workspaceId={route.workspaceId} />
        </SignedIn>
      );
    case 'callModeration':
      return (
        <SignedIn {...gate}>
          <ModerationPage key={route.callId} callId={route.callId} />
        </SignedIn>
      );
    case 'history':
      return (
        <SignedIn {...gate}>
          <HistoryPage key={`${route.workspaceId}/${route.artefactId}`} workspaceId={route.workspaceId} artefactId={route.artefactId} />
        </SignedIn>
      );
    case 'audit':
      return (
        <SignedIn {...gate}>
          <AuditPage key={route.workspaceId} workspaceId={route.workspaceId} />
        </SignedIn>
      );
    case 'map':
      return (
        <SignedIn {...gate}>
          <MapPage key={`${route.workspaceId}/${route.artefactId}`} workspaceId={route.workspaceId} artefactId={route.artefactId} />
        </SignedIn>
      );
  }
}

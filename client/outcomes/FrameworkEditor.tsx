import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { addExampleOutcomes, addOutcome, type OutcomeValues } from '../../shared/outcomes/outcomeDoc.ts';
import { exampleOutcomes } from '../../shared/outcomes/examples.ts';
import { frameworkIssues } from '../../shared/outcomes/validation.ts';
import { presenceColour } from '../../shared/presenceColour.ts';
import { useUser } from '../auth/SessionContext.tsx';
import type { Artefact, WorkspaceDetail } from '../api/types.ts';
import { ConnectionStatus } from '../collab/ConnectionStatus.tsx';
import { useShowOthers } from '../collab/useShowOthers.ts';
import { useSyncStatus } from '../collab/useSyncStatus.ts';
import { useYjsRoom } from '../collab/useYjsRoom.ts';
import { FrameworkToolbar } from './FrameworkToolbar.tsx';
import { OutcomeCard } from './OutcomeCard.tsx';
import { OutcomeList } from './OutcomeList.tsx';
import { OutcomeReadView } from './OutcomeReadView.tsx';
import { PresenceBar } from './PresenceBar.tsx';
import type { FrameworkSettings } from './frameworkSettings.ts';
import { canReorder, DEFAULT_VIEW, viewOf, type ViewChoices } from './frameworkView.ts';
import { useContributors } from './useContributors.ts';
import { useFollow } from './useFollow.ts';
import { useFramework } from './useFramework.ts';
import { activeSpotlight, usePeople, usePresence } from './usePresence.ts';
import { useUndo } from './useUndo.ts';

/** The live framework: everyone's edits, presence, and what is still to do. */
export function FrameworkEditor({ workspace, artefact }: { workspace: WorkspaceDetail; artefact: Artefact }) {
  const { t, i18n } = useTranslation();
  const room = useYjsRoom(artefact.room);
  const status = useSyncStatus(room);
  const doc = room?.doc ?? null;
  const awareness = room?.provider.awareness ?? null;
  const editable = artefact.access === 'edit';
  const outcomes = useFramework(doc);
  const me = useUser();
  // Our own entry, as the server will stamp it for everyone else (it overrides whatever we claim).
  useEffect(() => {
    if (awareness && me) awareness.setLocalStateField('user', { id: me.id, name: me.displayName, role: workspace.role, colour: presenceColour(me.id) });
  }, [awareness, me, workspace.role]);
  const participants = usePresence(awareness);
  const people = usePeople(participants);
  const undo = useUndo(editable ? doc : null);
  const contributors = useContributors(artefact.id, doc);
  const [view, setView] = useState<ViewChoices>(DEFAULT_VIEW);
  const [showOthers, setShowOthers] = useShowOthers();
  const [following, setFollowing] = useState<string | null>(null);
  const [pendingFocus, setPendingFocus] = useState<string | null>(null);
  const spotlight = activeSpotlight(participants);
  const { spotlightActive, dismissSpotlight } = useFollow(participants, following, spotlight);

  const settings: FrameworkSettings = useMemo(() => ({ model: workspace.model, zones: workspace.zones, showOthers }), [workspace.model, workspace.zones, showOthers]);
  const issues = useMemo(() => frameworkIssues(outcomes, settings), [outcomes, settings]);
  const groups = useMemo(() => viewOf(outcomes, view), [outcomes, view]);
  const others = useMemo(() => participants.filter((p) => !p.isSelf && p.focus), [participants]);

  // A new outcome's statement takes focus once it has rendered, so typing can start at once.
  useEffect(() => {
    if (!pendingFocus || !outcomes.some((o) => o.id === pendingFocus)) return;
    document.getElementById(`o-${pendingFocus}-statement`)?.focus();
    setPendingFocus(null);
  }, [pendingFocus, outcomes]);

  // Unsent changes are kept while the tab is open; warn before closing it.
  useEffect(() => {
    if (status.unsent === 0) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [status.unsent]);

  const add = useCallback(() => {
    if (!doc) return;
    setView(DEFAULT_VIEW);
    setPendingFocus(addOutcome(doc));
  }, [doc]);
  const startFromExamples = () => doc && addExampleOutcomes(doc, exampleOutcomes(workspace.model, i18n.language === 'cy' ? 'cy' : 'en'));
  const setSpotlight = (outcomeId: string, on: boolean) => awareness?.setLocalStateField('spotlight', on ? { outcomeId, at: Date.now() } : null);

  // Grouped by aspect, one outcome can show in two groups: each copy gets ids of its own.
  const renderIn = (groupKey: string | null) => (
    { outcome, number }: { outcome: OutcomeValues; number: number },
    handle: ReactNode | undefined,
    onMove: ((delta: -1 | 1) => void) | undefined,
    ends?: { atStart: boolean; atEnd: boolean },
  ) => {
    const spotlit = spotlight?.outcomeId === outcome.id;
    const shapedBy = contributors[outcome.id] ?? [];
    const idBase = groupKey ? `o-${outcome.id}-in-${groupKey.split('.').at(-1)}` : undefined;
    if (!editable || !doc) return <OutcomeReadView outcome={outcome} number={number} settings={settings} contributors={shapedBy} spotlit={spotlit} idBase={idBase} doc={doc} />;
    return (
      <OutcomeCard
        doc={doc}
        idBase={idBase}
        awareness={awareness}
        outcome={outcome}
        number={number}
        settings={settings}
        issues={issues.filter((issue) => issue.outcomeId === outcome.id)}
        others={others.filter((p) => p.focus?.outcomeId === outcome.id)}
        contributors={shapedBy}
        dragHandle={handle}
        onMove={onMove}
        atStart={ends?.atStart}
        atEnd={ends?.atEnd}
        canSpotlight={awareness?.getLocalState()?.user?.role === 'commissioner'}
        spotlit={spotlit}
        onSpotlight={(on) => setSpotlight(outcome.id, on)}
      />
    );
  };

  const frameworkWide = issues.filter((issue) => issue.outcomeId === null);
  const incompleteOutcomes = new Set(issues.filter((issue) => issue.outcomeId).map((issue) => issue.outcomeId)).size;
  const synced = status.phase !== 'connecting';

  return (
    <div className="framework">
      <ConnectionStatus id="framework-status" status={status} onRetry={() => room?.sync.retry()} />
      {!editable ? <p className="notice">{t('outcomes.readOnly')}</p> : null}
      <PresenceBar people={people} following={following} onFollow={setFollowing} showOthers={showOthers} />
      {spotlight && !spotlight.isSelf ? (
        <div className="spotlight-banner" role="status">
          <p>{t('outcomes.spotlight.banner', { name: spotlight.by.name, number: outcomes.findIndex((o) => o.id === spotlight.outcomeId) + 1 })}</p>
          {spotlightActive ? (
            <button type="button" className="button button--small button--secondary" onClick={dismissSpotlight}>
              {t('outcomes.spotlight.dismiss')}
            </button>
          ) : null}
        </div>
      ) : null}
      <FrameworkToolbar editable={editable && synced} view={view} onView={setView} onAdd={add} undo={undo} showOthers={showOthers} onShowOthers={setShowOthers} />
      {editable && (incompleteOutcomes > 0 || frameworkWide.length > 0) ? (
        <div className="framework-summary">
          {incompleteOutcomes > 0 ? <p>{t('outcomes.summary.incomplete', { count: incompleteOutcomes })}</p> : null}
          {frameworkWide.map((issue) => (
            <p key={issue.code} className="issue-text">
              {t(`outcomes.issues.${issue.code}`, { total: issue.values?.total ?? 0 })}
            </p>
          ))}
        </div>
      ) : null}
      {synced && outcomes.length === 0 ? (
        <div className="empty-state">
          <p>{t('outcomes.empty.lead')}</p>
          {editable ? (
            <button type="button" className="button button--secondary" onClick={startFromExamples}>
              {t('outcomes.empty.examples', { model: t(`models.${workspace.model}.name` as 'models.1.name') })}
            </button>
          ) : null}
        </div>
      ) : null}
      {groups.map((group) =>
        group.key === null ? (
          <OutcomeList key="all" doc={doc!} items={group.outcomes} reorderable={editable && canReorder(view)} renderOutcome={renderIn(null)} />
        ) : group.outcomes.length > 0 ? (
          <section key={group.key} className="outcome-group" aria-label={t(group.key as 'outcomes.view.noAspect')}>
            <h2 className="outcome-group__heading">{t(group.key as 'outcomes.view.noAspect')}</h2>
            <OutcomeList doc={doc!} items={group.outcomes} reorderable={false} renderOutcome={renderIn(group.key)} />
          </section>
        ) : null,
      )}
      {outcomes.length > 0 && groups.every((group) => group.outcomes.length === 0) ? <p className="empty-state">{t('outcomes.view.noMatch')}</p> : null}
    </div>
  );
}

import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { WorkspaceDetail } from '../../api/types.ts';
import { useSyncStatus } from '../../collab/useSyncStatus.ts';
import { useYjsRoom } from '../../collab/useYjsRoom.ts';
import { useFramework } from '../../outcomes/useFramework.ts';
import type { FrameworkState } from './outcomeRefLabel.ts';

const UNAVAILABLE: FrameworkState = { phase: 'unavailable' };
const LOADING: FrameworkState = { phase: 'loading' };

const FrameworkContext = createContext<FrameworkState>(UNAVAILABLE);

/** The workspace's outcome framework as outcome references and the picker read it. */
export function useOutcomeFramework(): FrameworkState {
  return useContext(FrameworkContext);
}

/**
 * Connects to the workspace's framework room alongside the specification, to
 * read it only (nothing here writes to it), when the person may view it. The
 * connection is a sibling of `children`, never a parent, so the editor below
 * is not remounted when access to the framework changes.
 */
export function OutcomeFrameworkProvider({ workspace, children }: { workspace: WorkspaceDetail; children: ReactNode }) {
  const artefact = workspace.artefacts.find((a) => a.kind === 'outcomes' && a.access !== 'none') ?? null;
  const [state, setState] = useState<FrameworkState>(LOADING);
  return (
    <>
      {artefact ? <FrameworkConnection key={artefact.room} roomName={artefact.room} onState={setState} /> : null}
      <FrameworkContext.Provider value={artefact ? state : UNAVAILABLE}>{children}</FrameworkContext.Provider>
    </>
  );
}

function FrameworkConnection({ roomName, onState }: { roomName: string; onState: (state: FrameworkState) => void }) {
  const room = useYjsRoom(roomName);
  const { phase } = useSyncStatus(room);
  const outcomes = useFramework(room?.doc ?? null);
  useEffect(() => {
    // Refused (no access after all, or access withdrawn): say only that there is a reference.
    if (phase === 'stopped') onState(UNAVAILABLE);
    else if (phase === 'connecting') onState(LOADING);
    else onState({ phase: 'ready', outcomes });
  }, [phase, outcomes, onState]);
  return null;
}

import { createContext, useContext } from 'react';
import type { TFunction } from 'i18next';
import type * as Y from 'yjs';

/** A status message, written when shown so it follows a change of language. */
export type Announcement = (t: TFunction) => string;

export interface MapListActions {
  doc: Y.Doc;
  /** Says what just happened, politely, in the role=status region. */
  announce(message: Announcement): void;
  /** Moves focus to the element with this id once it has rendered (it may not exist yet). */
  focusWhenShown(elementId: string): void;
}

export const MapListContext = createContext<MapListActions | null>(null);

export function useMapList(): MapListActions {
  const actions = useContext(MapListContext);
  if (!actions) throw new Error('useMapList outside MapListView');
  return actions;
}

import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { outcomesMap, readFramework, type OutcomeValues } from '../../shared/outcomes/outcomeDoc.ts';

const EMPTY: OutcomeValues[] = [];

/**
 * The framework as plain values, re-read after each transaction that touched
 * it (once per transaction, not per keystroke event), for rendering,
 * grouping, filtering and validation. Text fields stay bound to their Y.Text.
 */
export function useFramework(doc: Y.Doc | null): OutcomeValues[] {
  const store = useMemo(() => {
    if (!doc) return { subscribe: () => () => {}, get: () => EMPTY };
    const root = outcomesMap(doc);
    let snapshot = readFramework(doc);
    return {
      subscribe(notify: () => void) {
        const onChange = () => {
          snapshot = readFramework(doc);
          notify();
        };
        root.observeDeep(onChange);
        // React subscribes after its first commit: a change made in between
        // (an editor's layout effect adding an older outcome's Welsh field,
        // a sync step) was not observed, so read again now.
        onChange();
        return () => root.unobserveDeep(onChange);
      },
      get: () => snapshot,
    };
  }, [doc]);
  return useSyncExternalStore(store.subscribe, store.get);
}

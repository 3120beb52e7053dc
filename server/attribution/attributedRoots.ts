import type { ArtefactKind } from '../../shared/access.ts';
import { OUTCOMES_ROOT } from '../../shared/outcomes/outcomeDoc.ts';

/**
 * The root map whose top-level entries contributions are counted for, per
 * artefact kind: each outcome of a framework, each node of a process map.
 * Specifications have no entries yet (null: nobody is listed).
 */
const ROOTS: Record<ArtefactKind, string | null> = {
  outcomes: OUTCOMES_ROOT,
  map: 'nodes',
  specification: null,
};

export function attributedRootFor(kind: ArtefactKind): string | null {
  return ROOTS[kind];
}

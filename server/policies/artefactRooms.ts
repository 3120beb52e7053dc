import type { ArtefactKind } from '../../shared/access.ts';

/** Each artefact's Yjs room: `ws/<workspace>/<kind>/<artefact>`. Rooms exist only for artefacts. */
export function roomForArtefact(workspaceId: string, kind: ArtefactKind, artefactId: string): string {
  return `ws/${workspaceId}/${kind}/${artefactId}`;
}

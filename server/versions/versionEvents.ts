import type { Kysely } from 'kysely';
import { allows } from '../../shared/access.ts';
import type { Database, VersionKind } from '../db/schema.ts';
import { artefactStanding } from '../http/artefactGuard.ts';
import { ArtefactStreams } from '../live/artefactStreams.ts';

/** A version was recorded: its number and kind; the history page refetches the list. */
export interface VersionEvent {
  type: 'version';
  number: number;
  kind: VersionKind;
}

/** Fan-out of new versions to everyone with an artefact's history open (GET /api/artefacts/:id/versions/events). */
export class VersionEvents extends ArtefactStreams<VersionEvent> {
  publish(artefactId: string, event: VersionEvent): Promise<void> {
    return this.send(artefactId, event);
  }
}

/** Version events for whoever may still view the artefact, whatever its kind. */
export function createVersionEvents(db: Kysely<Database>): VersionEvents {
  return new VersionEvents(async (auth, artefactId) => {
    const standing = await artefactStanding(db, auth, artefactId);
    return standing && allows(standing.access, 'view') ? standing.membership : null;
  });
}

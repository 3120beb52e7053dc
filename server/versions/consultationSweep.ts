import type { Kysely } from 'kysely';
import type { AuditLog } from '../audit/auditLog.ts';
import type { Database } from '../db/schema.ts';
import type { Versioning } from './versioning.ts';

export function markRecorded(db: Kysely<Database>, consultationId: string, kind: 'opened' | 'closed', at: string) {
  return db
    .updateTable('consultations')
    .set(kind === 'opened' ? { opened_recorded_at: at } : { closed_recorded_at: at })
    .where('id', '=', consultationId)
    .execute();
}

/**
 * Consultations open and close by their dates, not only by a commissioner's
 * hand: this sweep takes the version of each opening and closing once the
 * date has passed (a closing also goes in the audit log, as Gweithdy's own
 * act). Each is taken once: the recorded_at columns say it is done.
 */
export class ConsultationSweep {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly deps: { db: Kysely<Database>; versioning: Versioning; audit: AuditLog },
    private readonly onError: (message: string, error: unknown) => void,
  ) {}

  start(intervalMs: number): void {
    this.timer = setInterval(() => void this.run(), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** One pass; overlapping calls share the pass in progress. */
  run(): Promise<void> {
    this.running ??= this.sweep()
      .catch((error: unknown) => this.onError('recording consultation dates failed', error))
      .finally(() => (this.running = null));
    return this.running;
  }

  private async sweep(): Promise<void> {
    const { db, versioning, audit } = this.deps;
    const now = new Date().toISOString();
    const due = await db
      .selectFrom('consultations')
      .innerJoin('artefacts', 'artefacts.id', 'consultations.artefact_id')
      .selectAll('consultations')
      .select(['artefacts.workspace_id', 'artefacts.kind', 'artefacts.title', 'artefacts.room', 'artefacts.created_at as artefact_created_at'])
      .where((eb) =>
        eb.or([
          eb.and([eb('consultations.opened_recorded_at', 'is', null), eb('consultations.opens_at', '<=', now)]),
          eb.and([eb('consultations.closed_recorded_at', 'is', null), eb('consultations.closes_at', '<=', now)]),
        ]),
      )
      .execute();
    for (const row of due) {
      const artefact = { id: row.artefact_id, workspace_id: row.workspace_id, kind: row.kind, title: row.title, room: row.room, created_at: row.artefact_created_at };
      if (row.opened_recorded_at === null && row.opens_at <= now) {
        await versioning.take(artefact, { kind: 'consultation_opened', authorId: null });
        await markRecorded(db, row.id, 'opened', now);
      }
      if (row.closed_recorded_at === null && row.closes_at <= now) {
        const version = await versioning.take(artefact, { kind: 'consultation_closed', authorId: null, onlyIfChanged: true });
        await markRecorded(db, row.id, 'closed', now);
        await audit.record({
          workspaceId: row.workspace_id,
          actorId: null,
          kind: 'consultation_closed',
          subject: row.id,
          details: { artefactId: row.artefact_id, visibility: row.visibility, opensAt: row.opens_at, closesAt: row.closes_at, version: version?.number ?? null, byDate: true },
        });
      }
    }
  }
}

import type { Kysely } from 'kysely';
import type { ArtefactVersionTable, Database, VersionKind } from '../db/schema.ts';
import { newId } from '../auth/tokens.ts';
import { GENESIS_HASH, sha256Hex } from '../audit/hashChain.ts';
import { versionRowHash } from './versionHash.ts';

export interface NewVersion {
  artefactId: string;
  label: string;
  kind: VersionKind;
  authorId: string | null;
  state: Uint8Array;
  upToSeq: number;
  basedOn?: number | null;
}

export type VersionSummary = Omit<ArtefactVersionTable, 'state'>;

const SUMMARY_COLUMNS = [
  'id',
  'artefact_id',
  'number',
  'label',
  'kind',
  'author_id',
  'created_at',
  'up_to_seq',
  'state_hash',
  'previous_hash',
  'hash',
  'based_on',
] as const;

/**
 * Each artefact's versions, numbered from 1 and hash-chained. Appends for one
 * artefact are serialised in this process; the unique (artefact, number)
 * constraint turns a race with another process into a retry, not a fork.
 */
export class VersionLog {
  private readonly tails = new Map<string, Promise<unknown>>();

  constructor(private readonly db: Kysely<Database>) {}

  append(version: NewVersion): Promise<VersionSummary> {
    const previous = this.tails.get(version.artefactId) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => this.appendWithRetry(version));
    this.tails.set(version.artefactId, next);
    void next.finally(() => {
      if (this.tails.get(version.artefactId) === next) this.tails.delete(version.artefactId);
    });
    return next;
  }

  latest(artefactId: string): Promise<VersionSummary | undefined> {
    return this.db
      .selectFrom('artefact_versions')
      .select(SUMMARY_COLUMNS)
      .where('artefact_id', '=', artefactId)
      .orderBy('number', 'desc')
      .limit(1)
      .executeTakeFirst();
  }

  list(artefactId: string): Promise<VersionSummary[]> {
    return this.db.selectFrom('artefact_versions').select(SUMMARY_COLUMNS).where('artefact_id', '=', artefactId).orderBy('number', 'desc').execute();
  }

  get(artefactId: string, number: number): Promise<ArtefactVersionTable | undefined> {
    return this.db.selectFrom('artefact_versions').selectAll().where('artefact_id', '=', artefactId).where('number', '=', number).executeTakeFirst();
  }

  private async appendWithRetry(version: NewVersion): Promise<VersionSummary> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.insert(version);
      } catch (error) {
        if (attempt >= 4) throw error;
      }
    }
  }

  private async insert(version: NewVersion): Promise<VersionSummary> {
    const head = await this.latest(version.artefactId);
    const row: Omit<ArtefactVersionTable, 'hash'> = {
      id: newId(),
      artefact_id: version.artefactId,
      number: (head?.number ?? 0) + 1,
      label: version.label,
      kind: version.kind,
      author_id: version.authorId,
      created_at: new Date().toISOString(),
      up_to_seq: version.upToSeq,
      state: version.state,
      state_hash: sha256Hex(version.state),
      previous_hash: head?.hash ?? GENESIS_HASH,
      based_on: version.basedOn ?? null,
    };
    const stored = { ...row, hash: versionRowHash(row) };
    await this.db.insertInto('artefact_versions').values(stored).execute();
    const { state: _state, ...summary } = stored;
    return summary;
  }
}

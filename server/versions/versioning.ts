import * as Y from 'yjs';
import type { Kysely } from 'kysely';
import type { ArtefactKind } from '../../shared/access.ts';
import type { ArtefactTable, Database, VersionKind } from '../db/schema.ts';
import type { AuditLog } from '../audit/auditLog.ts';
import { docFromState, replaceContent } from './artefactContent.ts';
import type { DocumentState, LiveDocuments } from './liveDocuments.ts';
import type { VersionLog, VersionSummary } from './versionLog.ts';

export interface VersioningDeps {
  db: Kysely<Database>;
  documents: LiveDocuments;
  versions: VersionLog;
  audit: AuditLog;
}

export interface TakeOptions {
  kind: VersionKind;
  label?: string;
  authorId: string | null;
  /** Automatic versions: none when nothing was stored since the last version. */
  onlyIfChanged?: boolean;
}

/** Taking, restoring and publishing versions of artefacts; every step recorded in the audit log. */
export class Versioning {
  private readonly recordedListeners = new Set<(artefactId: string, version: VersionSummary) => void>();

  constructor(private readonly deps: VersioningDeps) {}

  /** Told of every version recorded, however it was taken (live history pages). Returns the way to stop. */
  onRecorded(listener: (artefactId: string, version: VersionSummary) => void): () => void {
    this.recordedListeners.add(listener);
    return () => this.recordedListeners.delete(listener);
  }

  get db(): Kysely<Database> {
    return this.deps.db;
  }

  async take(artefact: ArtefactTable, options: TakeOptions): Promise<VersionSummary | null> {
    const snapshot = await this.deps.documents.snapshot(artefact.room);
    return this.record(artefact, snapshot, options);
  }

  /**
   * Applies version `number`'s content as a new change on top of the current
   * document (history is never rewritten; everyone connected sees it), then
   * records a "restored" version. Null when there is no such version.
   */
  async restore(artefact: ArtefactTable, number: number, userId: string): Promise<VersionSummary | null> {
    const source = await this.deps.versions.get(artefact.id, number);
    if (!source) return null;
    const old = docFromState(source.state);
    try {
      await this.deps.documents.change(artefact.room, userId, (doc) => replaceContent(artefact.kind as ArtefactKind, doc, old));
    } finally {
      old.destroy();
    }
    const snapshot = await this.deps.documents.snapshot(artefact.room);
    const restored = await this.record(artefact, snapshot, { kind: 'restored', authorId: userId, label: source.label }, number);
    await this.deps.audit.record({
      workspaceId: artefact.workspace_id,
      actorId: userId,
      kind: 'version_restored',
      subject: artefact.id,
      details: { from: number, version: restored?.number },
    });
    return restored;
  }

  /** Publishing freezes version `number`: a new, labelled version carrying exactly its content. */
  async publish(artefact: ArtefactTable, number: number, userId: string, label: string): Promise<VersionSummary | null> {
    const source = await this.deps.versions.get(artefact.id, number);
    if (!source) return null;
    const published = await this.record(
      artefact,
      { state: source.state, upToSeq: source.up_to_seq },
      { kind: 'published', authorId: userId, label: label || source.label },
      number,
    );
    await this.deps.audit.record({
      workspaceId: artefact.workspace_id,
      actorId: userId,
      kind: 'version_published',
      subject: artefact.id,
      details: { from: number, version: published?.number, label: published?.label },
    });
    return published;
  }

  /** The artefact as it was at `time`, rebuilt from the update log (never from a checkpoint). */
  async at(artefact: ArtefactTable, time: string): Promise<DocumentState> {
    const rows = await this.deps.db
      .selectFrom('document_updates')
      .select(['seq', 'update'])
      .where('document_name', '=', artefact.room)
      .where('created_at', '<=', time)
      .orderBy('seq', 'asc')
      .execute();
    const doc = new Y.Doc();
    try {
      doc.transact(() => {
        for (const row of rows) Y.applyUpdate(doc, new Uint8Array(row.update.buffer, row.update.byteOffset, row.update.byteLength));
      });
      return { state: Y.encodeStateAsUpdate(doc), upToSeq: rows.at(-1)?.seq ?? 0 };
    } finally {
      doc.destroy();
    }
  }

  private async record(artefact: ArtefactTable, snapshot: DocumentState, options: TakeOptions, basedOn: number | null = null): Promise<VersionSummary | null> {
    if (options.onlyIfChanged) {
      const latest = await this.deps.versions.latest(artefact.id);
      if (latest && latest.up_to_seq === snapshot.upToSeq) return null;
      // A document nobody has written to yet has nothing to keep.
      if (!latest && snapshot.upToSeq === 0) return null;
    }
    const version = await this.deps.versions.append({
      artefactId: artefact.id,
      label: options.label ?? '',
      kind: options.kind,
      authorId: options.authorId,
      state: snapshot.state,
      upToSeq: snapshot.upToSeq,
      basedOn,
    });
    await this.deps.audit.record({
      workspaceId: artefact.workspace_id,
      actorId: options.authorId,
      kind: 'version_created',
      subject: artefact.id,
      details: { version: version.number, kind: version.kind, label: version.label, stateHash: version.state_hash },
    });
    for (const listener of this.recordedListeners) listener(artefact.id, version);
    return version;
  }
}

import { apiGet, apiPost } from '../api/apiClient.ts';

/** The version routes of issue 7 (server/routes/api/versions), as the history page reads them. */

export const VERSION_KINDS = ['manual', 'automatic', 'consultation_opened', 'consultation_closed', 'workshop_closed', 'published', 'restored'] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];

export interface PersonRef {
  id: string;
  /** Null when the account is gone. */
  name: string | null;
}

export interface Version {
  number: number;
  label: string;
  kind: VersionKind;
  author: PersonRef | null;
  createdAt: string;
  /** Restored and published versions: the version whose content they carry. */
  basedOn: number | null;
  stateHash: string;
  hash: string;
  /** Who changed the artefact since the previous version. */
  contributors: PersonRef[];
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface EntryChange {
  id: string;
  change: 'added' | 'removed' | 'changed';
  title: string;
  fields: FieldChange[];
}

export interface TextPart {
  change: 'added' | 'removed' | 'same';
  text: string;
}

export type VersionDiff =
  | { kind: 'specification'; text: TextPart[]; welsh?: TextPart[] }
  | { kind: 'outcomes'; outcomes: EntryChange[] }
  | { kind: 'map'; nodes: EntryChange[]; edges: EntryChange[] };

/** A version's content: each root of the Yjs document as plain JSON. */
export type VersionContent = Record<string, unknown>;

const base = (artefactId: string) => `/api/artefacts/${encodeURIComponent(artefactId)}/versions`;

export const listVersions = (artefactId: string) => apiGet<{ versions: Version[] }>(base(artefactId));
export const nameVersion = (artefactId: string, label: string) => apiPost<{ version: Version }>(base(artefactId), { label });
export const getVersion = (artefactId: string, n: number) => apiGet<{ version: Version; content: VersionContent }>(`${base(artefactId)}/${n}`);
export const diffVersions = (artefactId: string, a: number, b: number) =>
  apiGet<{ from: number; to: number; diff: VersionDiff }>(`${base(artefactId)}/${a}/diff/${b}`);
export const restoreVersion = (artefactId: string, n: number) => apiPost<{ version: Version }>(`${base(artefactId)}/${n}/restore`);
export const publishVersion = (artefactId: string, n: number, label: string) =>
  apiPost<{ version: Version }>(`${base(artefactId)}/${n}/publish`, label ? { label } : {});

export type ExportFormat = 'markdown' | 'html';
export const versionExportPath = (artefactId: string, n: number, format: ExportFormat) => `${base(artefactId)}/${n}/export?format=${format}`;

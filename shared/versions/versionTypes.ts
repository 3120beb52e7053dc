/** What the version routes answer with (server/routes/api/versions), shared by the server's presenters and the history page. */

export const VERSION_KINDS = ['manual', 'automatic', 'consultation_opened', 'consultation_closed', 'workshop_closed', 'published', 'restored'] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];

export interface PersonRef {
  id: string;
  /** Null when the account is gone. */
  name: string | null;
}

export interface PresentedVersion {
  number: number;
  label: string;
  kind: VersionKind;
  author: PersonRef | null;
  createdAt: string;
  upToSeq: number;
  /** Restored and published versions: the version whose content they carry. */
  basedOn: number | null;
  stateHash: string;
  previousHash: string;
  hash: string;
  /** Who changed the artefact since the previous version, from the update log's sender of each stored update. */
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
  /** A name a reader recognises: the outcome's statement, the node's label. */
  title: string;
  fields: FieldChange[];
}

export interface TextPart {
  change: 'added' | 'removed' | 'same';
  text: string;
}

export type VersionDiff =
  /** `welsh`: the Welsh text's words, when either version has any. */
  | { kind: 'specification'; text: TextPart[]; welsh?: TextPart[] }
  | { kind: 'outcomes'; outcomes: EntryChange[] }
  | { kind: 'map'; nodes: EntryChange[]; edges: EntryChange[] };

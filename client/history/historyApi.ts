import { apiGet, apiPost } from '../api/apiClient.ts';
import { VERSION_KINDS, type EntryChange, type FieldChange, type PersonRef, type PresentedVersion, type TextPart, type VersionDiff, type VersionKind } from '../../shared/versions/versionTypes.ts';

/** The version routes of issue 7 (server/routes/api/versions), as the history page reads them. */

export { VERSION_KINDS };
export type { EntryChange, FieldChange, PersonRef, TextPart, VersionDiff, VersionKind };
/** A version as the history page reads it. */
export type Version = PresentedVersion;

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
/** A version's file; `cy` for the Welsh text as it was in that version. */
export const versionExportPath = (artefactId: string, n: number, format: ExportFormat, language: 'en' | 'cy' = 'en') =>
  `${base(artefactId)}/${n}/export?format=${format}${language === 'cy' ? '&language=cy' : ''}`;

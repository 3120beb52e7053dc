import type * as Y from 'yjs';
import { CONTENT_LANGUAGES, type ContentLanguage } from '../../shared/bilingual/languageMarker.ts';
import { SPECIFICATION_FRAGMENTS } from '../../shared/specification/languageFragments.ts';
import { renderHtmlDocument } from './htmlExport.ts';
import { renderMarkdown } from './markdownExport.ts';
import { outcomeLabels } from './outcomeLabels.ts';
import { readSpecification } from './specificationTree.ts';

/** The XmlFragment a specification's editor (Tiptap with Collaboration) writes to: the English (or main) text. */
export const SPECIFICATION_FRAGMENT = SPECIFICATION_FRAGMENTS.en;

export function isContentLanguage(value: unknown): value is ContentLanguage {
  return typeof value === 'string' && (CONTENT_LANGUAGES as readonly string[]).includes(value);
}

export const EXPORT_FORMATS = ['markdown', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

export interface ExportedFile {
  body: string;
  contentType: string;
  extension: string;
}

/**
 * A specification as a file. `framework` is the workspace's outcome framework,
 * or null when the reader may not see it (outcome references then show no words).
 */
export function exportSpecification(doc: Y.Doc, framework: Y.Doc | null, format: ExportFormat, title: string, language: ContentLanguage = 'en'): ExportedFile {
  const blocks = readSpecification(doc.getXmlFragment(SPECIFICATION_FRAGMENTS[language]), outcomeLabels(framework));
  if (format === 'markdown') {
    return { body: renderMarkdown(blocks), contentType: 'text/markdown; charset=utf-8', extension: 'md' };
  }
  return { body: renderHtmlDocument(title, blocks, language), contentType: 'text/html; charset=utf-8', extension: 'html' };
}

/**
 * Content-Disposition for a download: an ASCII fallback name (letters, digits
 * and dashes only, so no quote or path can break out of it) and the title in
 * full as RFC 5987 filename*.
 */
export function attachmentDisposition(title: string, extension: string): string {
  const ascii = title
    .normalize('NFKD')
    // Accents come apart under NFKD; dropping the marks keeps "Ŵyl" as "wyl".
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .toLowerCase() || 'specification';
  const full = `${title.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/[/\\]/g, '-').trim() || 'specification'}.${extension}`;
  return `attachment; filename="${ascii}.${extension}"; filename*=UTF-8''${encodeURIComponent(full)}`;
}

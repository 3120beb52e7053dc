import type { Context } from 'hono';
import { CONTENT_LANGUAGES, type ContentLanguage } from '../../../../shared/bilingual/languageMarker.ts';
import { attachmentDisposition, EXPORT_FORMATS, isContentLanguage, isExportFormat, type ExportedFile, type ExportFormat } from '../../../export/specificationExport.ts';
import { apiError } from '../../../http/errors.ts';

export interface ExportRequest {
  format: ExportFormat;
  language: ContentLanguage;
}

/** `?format=markdown|html[&language=en|cy]` (English by default), or the 400 naming the field. */
export function exportRequestOrError(c: Context): ExportRequest | Response {
  const format = c.req.query('format');
  if (!isExportFormat(format)) return apiError(c, 400, 'invalid_request', `format: must be one of ${EXPORT_FORMATS.join(', ')}`, 'format');
  const language = c.req.query('language') ?? 'en';
  if (!isContentLanguage(language)) return apiError(c, 400, 'invalid_request', `language: must be one of ${CONTENT_LANGUAGES.join(', ')}`, 'language');
  return { format, language };
}

/** An exported file as a download, named after `name`. */
export function exportedFileResponse(c: Context, file: ExportedFile, name: string): Response {
  return c.body(file.body, 200, {
    'Content-Type': file.contentType,
    'Content-Disposition': attachmentDisposition(name, file.extension),
    // Opened in place rather than saved, the HTML still runs nothing and loads nothing.
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });
}

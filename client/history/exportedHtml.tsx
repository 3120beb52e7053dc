import { createElement, type ReactNode } from 'react';
import { safeHref } from '../../shared/specification/safeLinks.ts';
import { ApiError } from '../api/apiClient.ts';
import { versionExportPath } from './historyApi.ts';

/** The HTML export of a specification version, as text (the export route answers a file, not JSON). */
export async function fetchVersionHtml(artefactId: string, n: number): Promise<string> {
  let response: Response;
  try {
    response = await fetch(versionExportPath(artefactId, n, 'html'), { credentials: 'same-origin' });
  } catch (cause) {
    throw new ApiError(0, 'network', cause instanceof Error ? cause.message : 'Network error');
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: unknown; message?: unknown };
    throw new ApiError(response.status, typeof body.error === 'string' ? body.error : 'unexpected', typeof body.message === 'string' ? body.message : `HTTP ${response.status}`);
  }
  return response.text();
}

/** The elements the exporter writes (server/export/htmlExport.ts); anything else keeps only its text. */
const ALLOWED = new Set(['p', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'blockquote', 'hr', 'br', 'strong', 'em', 's', 'code', 'a']);
const HEADING = /^h([1-6])$/;
/** Elements whose whitespace between children is layout of the file, and not allowed as text in the DOM. */
const CONTAINERS = new Set(['ul', 'ol', 'table', 'thead', 'tbody', 'tr', 'blockquote', 'body']);

/**
 * The export's body as React elements, never as innerHTML: the server already
 * writes only a closed set of elements, and this rebuilds only that set again,
 * so nothing else in a stored version can reach the page. Headings move down
 * by `headingShift` to sit under the page's own.
 */
export function exportedHtmlToReact(html: string, headingShift: number): ReactNode[] {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  let key = 0;
  const convert = (node: Node): ReactNode => {
    if (node.nodeType === Node.TEXT_NODE) {
      const inContainer = CONTAINERS.has(node.parentElement?.tagName.toLowerCase() ?? '');
      return inContainer && node.textContent?.trim() === '' ? null : node.textContent;
    }
    if (!(node instanceof Element)) return null;
    const tag = node.tagName.toLowerCase();
    const children = [...node.childNodes].map(convert);
    const heading = HEADING.exec(tag);
    if (heading) return createElement(`h${Math.min(6, Number(heading[1]) + headingShift)}`, { key: key++ }, ...children);
    if (!ALLOWED.has(tag)) return children;
    if (tag === 'hr' || tag === 'br') return createElement(tag, { key: key++ });
    if (tag === 'a') {
      const href = safeHref(node.getAttribute('href'));
      return href ? createElement('a', { key: key++, href, rel: 'noopener noreferrer' }, ...children) : children;
    }
    return createElement(tag, { key: key++ }, ...children);
  };
  return [...body.childNodes].map(convert);
}

/**
 * Which link targets the editor accepts: http, https and mailto only, so a
 * `javascript:` or `data:` address can never be made a link from here. (Content
 * arriving over Yjs bypasses this; rendering and export neutralise it again.)
 */
const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

export function isSafeLink(value: string): boolean {
  const trimmed = value.trim();
  if (!trimmed) return false;
  try {
    const url = new URL(trimmed);
    if (!ALLOWED.has(url.protocol)) return false;
    // An http(s) link needs somewhere to go; a mailto needs an address.
    return url.protocol === 'mailto:' ? url.pathname.length > 0 : url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** A bare `www.example.org` is taken to mean https; anything else is checked as typed. */
export function normaliseLink(value: string): string {
  const trimmed = value.trim();
  return /^www\./i.test(trimmed) ? `https://${trimmed}` : trimmed;
}

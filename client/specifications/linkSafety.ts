import { isSafeHref } from '../../shared/specification/safeLinks.ts';

/**
 * Which link targets the editor accepts: the same allow-list (http, https,
 * mailto) the exports apply, so a `javascript:` or `data:` address can never
 * be made a link from here. (Content arriving over raw Yjs bypasses the
 * editor; the exports neutralise it again.)
 */
export function isSafeLink(value: string): boolean {
  return isSafeHref(value);
}

/** A bare `www.example.org` is taken to mean https; anything else is checked as typed. */
export function normaliseLink(value: string): string {
  const trimmed = value.trim();
  return /^www\./i.test(trimmed) ? `https://${trimmed}` : trimmed;
}

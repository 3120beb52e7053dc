/**
 * Which link targets a specification may carry: absolute http, https and
 * mailto only. Shared by the editor (to refuse a link as it is made) and by
 * the server's exports (to drop one that arrived over raw Yjs, which bypasses
 * the editor). Imports nothing, so both sides can use it.
 *
 * An allow-list, checked on the text exactly as stored: the scheme must be
 * spelt out literally at the very start. Browsers and Markdown renderers
 * forgive a lot ("java\tscript:", "JaVaScRiPt:", "&#106;avascript:",
 * leading control characters, "//host"); anything that needs such
 * forgiveness to become a URL is not one we keep.
 */
export const SAFE_LINK_PROTOCOLS = ['http', 'https', 'mailto'] as const;

/** Longer than any real link; keeps a pasted blob out of exports. */
export const MAX_LINK_LENGTH = 2048;

// Case-insensitive ("HTTPS://" is a real link), but literal: nothing a
// renderer would decode or strip can make up the scheme. http(s) needs its
// "//" so "http:evil" style shorthands are refused.
const SCHEME = /^(?:(https?):\/\/|(mailto):)/i;

// Any control character, any whitespace (including Unicode spaces, line and
// paragraph separators) and invisible format characters (soft hyphen,
// zero-width, bidi controls, BOM): never part of a link we keep.
const HIDDEN = /[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/;

/**
 * The link to keep, normalised by the URL parser, or null when `raw` is not an
 * absolute http, https or mailto link. Surrounding spaces (from pasting) are
 * trimmed; anything hidden inside it is refused.
 */
export function safeHref(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const candidate = raw.trim();
  if (candidate.length === 0 || candidate.length > MAX_LINK_LENGTH) return null;
  if (HIDDEN.test(candidate)) return null;
  const scheme = SCHEME.exec(candidate);
  if (!scheme) return null;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  // The parser's verdict must agree with the literal one (belt and braces).
  const protocol = url.protocol.slice(0, -1);
  if (protocol !== (scheme[1] ?? scheme[2])!.toLowerCase()) return null;
  if ((protocol === 'http' || protocol === 'https') && url.hostname === '') return null;
  if (protocol === 'mailto' && url.pathname === '') return null;
  return url.href;
}

export function isSafeHref(raw: unknown): boolean {
  return safeHref(raw) !== null;
}

/**
 * Things in a contribution that look like someone's personal details. Not a
 * guarantee (names and addresses in prose get through): a prompt for the
 * author to look again before something is posted for everyone to read.
 */
export type PersonalDetailKind = 'email' | 'phone' | 'postcode';

export interface PersonalDetailFinding {
  kind: PersonalDetailKind;
  text: string;
}

const PATTERNS: Array<[PersonalDetailKind, RegExp]> = [
  ['email', /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g],
  // UK numbers: 07…, 01…/02…/03…, +44…, with spaces or dashes between groups.
  ['phone', /(?:\+44\s?\(?0?\)?\s?|\(?0)(?:\d[\s-]?){9,10}\d?\b/g],
  // UK postcodes (CF10 1AA, SA1 1AA, LL57 2DG), full ones only: a district alone ("CF10") is not an address.
  ['postcode', /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/gi],
];

export function findPersonalDetails(text: string): PersonalDetailFinding[] {
  const findings: PersonalDetailFinding[] = [];
  for (const [kind, pattern] of PATTERNS) {
    for (const match of text.matchAll(pattern)) findings.push({ kind, text: match[0].trim() });
  }
  return findings;
}

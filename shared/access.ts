/**
 * Who may do what to which artefact: the access matrix of DESIGN.md §2.
 * The server decides with it; the client only mirrors it.
 */
export const ROLES = ['commissioner', 'provider', 'service_user', 'carer', 'citizen'] as const;
export type Role = (typeof ROLES)[number];

export const ARTEFACT_KINDS = ['outcomes', 'map', 'specification'] as const;
export type ArtefactKind = (typeof ARTEFACT_KINDS)[number];

/** Ordered: each level includes the ones before it. */
export const ACCESS_LEVELS = ['none', 'view', 'comment', 'edit'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

export type Action = 'view' | 'comment' | 'edit';

export type AccessOverrides = Partial<Record<Role, AccessLevel>>;

export const DEFAULT_ACCESS: Record<ArtefactKind, Record<Role, AccessLevel>> = {
  outcomes: { commissioner: 'edit', service_user: 'edit', carer: 'edit', provider: 'edit', citizen: 'view' },
  map: { commissioner: 'edit', service_user: 'edit', carer: 'edit', provider: 'edit', citizen: 'view' },
  specification: { commissioner: 'edit', service_user: 'comment', carer: 'comment', provider: 'comment', citizen: 'none' },
};

/**
 * Ceilings no override can lift: a provider never edits a specification it may
 * bid against. And floors: a commissioner always keeps edit, so a programme
 * can never lock out the people who run it.
 */
const CEILING: Partial<Record<ArtefactKind, Partial<Record<Role, AccessLevel>>>> = {
  specification: { provider: 'comment' },
};

function rank(level: AccessLevel): number {
  return ACCESS_LEVELS.indexOf(level);
}

/** The level a role has on an artefact of `kind`, after the artefact's overrides. */
export function accessFor(kind: ArtefactKind, role: Role, overrides: AccessOverrides = {}): AccessLevel {
  if (role === 'commissioner') return 'edit';
  const wanted = overrides[role] ?? DEFAULT_ACCESS[kind][role];
  const ceiling = CEILING[kind]?.[role];
  return ceiling && rank(wanted) > rank(ceiling) ? ceiling : wanted;
}

/** Why an override is refused, or null when it is allowed. */
export function overrideProblem(kind: ArtefactKind, role: Role, level: AccessLevel): string | null {
  if (role === 'commissioner' && level !== 'edit') return 'commissioners always keep edit access';
  const ceiling = CEILING[kind]?.[role];
  if (ceiling && rank(level) > rank(ceiling)) return `${role} can have at most ${ceiling} access to a ${kind}`;
  return null;
}

export function allows(level: AccessLevel, action: Action): boolean {
  return rank(level) >= rank(action);
}

/** Every role's level on an artefact of `kind`: what a commissioner sees and may change. */
export function accessByRole(kind: ArtefactKind, overrides: AccessOverrides = {}): Record<Role, AccessLevel> {
  return Object.fromEntries(ROLES.map((role) => [role, accessFor(kind, role, overrides)])) as Record<Role, AccessLevel>;
}

/**
 * The levels a commissioner may give `role` on an artefact of `kind`, lowest
 * first: the client offers only these, so it never asks for what the server refuses.
 */
export function levelsFor(kind: ArtefactKind, role: Role): AccessLevel[] {
  return ACCESS_LEVELS.filter((level) => overrideProblem(kind, role, level) === null);
}

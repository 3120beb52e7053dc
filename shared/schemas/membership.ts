import { z } from 'zod';
import { ROLES } from '../access.ts';
import { displayNameSchema, signupRequest } from './auth.ts';

const organisationName = z.string().trim().min(1).max(200);

/**
 * Providers belong to an organisation (their home care agency): pick one the
 * workspace knows by id, or name it — a name the workspace already knows
 * (whatever its case or spacing) is the same organisation, not a new one.
 */
export const createInvitationRequest = z
  .object({
    role: z.enum(ROLES),
    organisationId: z.string().min(1).max(32).optional(),
    organisationName: organisationName.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.role === 'provider' && !value.organisationId && !value.organisationName) {
      ctx.addIssue({ code: 'custom', path: ['organisationName'], message: 'A provider is invited on behalf of an organisation' });
    }
    if (value.organisationId && value.organisationName) {
      ctx.addIssue({ code: 'custom', path: ['organisationId'], message: 'Give an organisation’s id or its name, not both' });
    }
  });
export type CreateInvitationRequest = z.infer<typeof createInvitationRequest>;

/** Accepting while signed in needs no body; otherwise the body creates the account. */
export const acceptInvitationRequest = z.union([signupRequest, z.object({}).strict()]);

/** The roles a workshop guest may take: people who use care, and carers. */
export const WORKSHOP_GUEST_ROLES = ['service_user', 'carer'] as const;

export const openWorkshopRequest = z.object({
  title: z.string().trim().min(1).max(200),
  /** How long the code works unless closed sooner: 15 minutes to 12 hours. */
  durationMinutes: z.number().int().min(15).max(720).default(180),
});
export type OpenWorkshopRequest = z.infer<typeof openWorkshopRequest>;

/** Six characters with no look-alikes (no 0/O, 1/I/L), so a code read aloud or from a projector is typed right. */
export const WORKSHOP_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const workshopCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(new RegExp(`^[${WORKSHOP_CODE_ALPHABET}]{6}$`), 'A workshop code is six letters and numbers');

export const joinWorkshopRequest = z.object({
  code: workshopCodeSchema,
  displayName: displayNameSchema,
  role: z.enum(WORKSHOP_GUEST_ROLES),
});
export type JoinWorkshopRequest = z.infer<typeof joinWorkshopRequest>;

export const updateMemberRequest = z.object({
  role: z.enum(ROLES),
  organisationId: z.string().min(1).max(32).nullable().optional(),
});

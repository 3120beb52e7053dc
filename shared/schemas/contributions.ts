import { z } from 'zod';
import { signupRequest } from './auth.ts';

export const CONTRIBUTION_KINDS = ['idea', 'experience', 'evidence'] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];

/** A commissioner's official answer to a contribution (Decidim's "answers"). */
export const CONTRIBUTION_ANSWERS = ['taken_forward', 'under_consideration', 'not_taken_forward'] as const;
export type ContributionAnswer = (typeof CONTRIBUTION_ANSWERS)[number];

export const MODERATION_DECISIONS = ['hide', 'restore'] as const;

/** After this many reports a contribution is hidden until a commissioner reviews it. */
export const REPORTS_TO_HIDE = 3;

export const CALL_TEXT_MAX = 2000;
export const CONTRIBUTION_MAX = 3000;

const isoDate = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'Must be an ISO 8601 date and time');

export const openCallRequest = z
  .object({
    title: z.string().trim().min(1).max(200),
    introduction: z.string().trim().min(1).max(CALL_TEXT_MAX),
    opensAt: isoDate.optional(),
    closesAt: isoDate,
    zones: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
    /** Empty: every population outcome of the framework. */
    outcomeIds: z.array(z.string().min(1).max(64)).max(200).default([]),
    /** Readable without signing in, and open to registration as a citizen. */
    public: z.boolean().default(false),
  })
  .refine((value) => Date.parse(value.closesAt) > Date.parse(value.opensAt ?? new Date().toISOString()), { message: 'Must be after the opening date', path: ['closesAt'] });

export const contributeRequest = z.object({
  kind: z.enum(CONTRIBUTION_KINDS),
  body: z.string().trim().min(1).max(CONTRIBUTION_MAX),
  outcomeId: z.string().min(1).max(64),
  zone: z.string().trim().min(1).max(100).nullable().default(null),
  /** The author saw the personal-details warning and posts anyway. */
  personalDetailsChecked: z.boolean().default(false),
});

export const contributionCommentRequest = z.object({ body: z.string().trim().min(1).max(CONTRIBUTION_MAX) });

export const reportRequest = z.object({ reason: z.string().trim().min(1).max(500) });

export const moderateRequest = z.object({ decision: z.enum(MODERATION_DECISIONS), reason: z.string().trim().min(1).max(1000) });

export const answerRequest = z.object({ answer: z.enum(CONTRIBUTION_ANSWERS), response: z.string().trim().min(1).max(CALL_TEXT_MAX) });

export const promoteRequest = z.discriminatedUnion('as', [
  z.object({ as: z.literal('outcome'), statement: z.string().trim().min(1).max(1000) }),
  z.object({ as: z.literal('indicator'), outcomeId: z.string().min(1).max(64), measure: z.string().trim().min(1).max(1000) }),
]);

/** Joining from a public call creates the same account as signing up does. */
export const registerCitizenRequest = signupRequest;

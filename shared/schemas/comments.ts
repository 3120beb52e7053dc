import { z } from 'zod';

/** Longest comment, clarification or outcome reason: plain text, long enough for a considered answer. */
export const COMMENT_MAX_LENGTH = 5000;
/** Largest anchor, as JSON: two Yjs relative positions and the quoted text. */
export const ANCHOR_MAX_BYTES = 8 * 1024;
export const MAX_MENTIONS = 20;

export const CONSULTATION_VISIBILITIES = ['open', 'confidential'] as const;
export type ConsultationVisibility = (typeof CONSULTATION_VISIBILITIES)[number];

/** "You said, we did": what became of each thread. */
export const THREAD_OUTCOMES = ['changed', 'not_changed', 'already_covered'] as const;
export type ThreadOutcome = (typeof THREAD_OUTCOMES)[number];

const text = z.string().trim().min(1).max(COMMENT_MAX_LENGTH);
const mentions = z.array(z.string().min(1).max(32)).max(MAX_MENTIONS).default([]);

/** Any JSON the client chooses (e.g. an encoded Y.RelativePosition), but present. */
const relativePosition = z.unknown().refine((value) => value !== undefined && value !== null, 'Required');

/**
 * Where a thread sits in the text. Opaque to the server, which stores it and
 * hands it back: `start` and `end` are whatever the client encodes its Yjs
 * relative positions as, `quote` the text selected when the thread was made
 * (shown when that text has since been deleted).
 */
export const commentAnchor = z
  // Loose: keys the client adds later (a format version, say) are kept, not stripped; the size limit still holds.
  .looseObject({
    start: relativePosition,
    end: relativePosition,
    quote: z.string().max(2000),
  })
  .refine((anchor) => JSON.stringify(anchor).length <= ANCHOR_MAX_BYTES, `An anchor is at most ${ANCHOR_MAX_BYTES} bytes of JSON`);
export type CommentAnchor = z.infer<typeof commentAnchor>;

export const createThreadRequest = z.object({ anchor: commentAnchor, body: text, mentions });
export type CreateThreadRequest = z.infer<typeof createThreadRequest>;

export const replyRequest = z.object({ body: text, mentions });
export type ReplyRequest = z.infer<typeof replyRequest>;

/** Editing replaces the text and the mentions (left out: none). */
export const editCommentRequest = z.object({ body: text, mentions });
export type EditCommentRequest = z.infer<typeof editCommentRequest>;

const isoTime = z.iso.datetime({ offset: true });

export const openConsultationRequest = z
  .object({
    /** Defaults to now. */
    opensAt: isoTime.optional(),
    closesAt: isoTime,
    visibility: z.enum(CONSULTATION_VISIBILITIES),
  })
  .refine((c) => Date.parse(c.closesAt) > (c.opensAt ? Date.parse(c.opensAt) : Date.now()), {
    message: 'The close date must be after the open date (and in the future)',
    path: ['closesAt'],
  });
export type OpenConsultationRequest = z.infer<typeof openConsultationRequest>;

export const recordOutcomeRequest = z.object({ outcome: z.enum(THREAD_OUTCOMES), reason: text });
export type RecordOutcomeRequest = z.infer<typeof recordOutcomeRequest>;

export const publishClarificationRequest = z.object({
  body: text,
  /** The thread it answers, if any; its text is not repeated to other providers. */
  threadId: z.string().min(1).max(32).optional(),
});
export type PublishClarificationRequest = z.infer<typeof publishClarificationRequest>;

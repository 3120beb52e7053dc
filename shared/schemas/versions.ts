import { z } from 'zod';

export const VERSION_LABEL_MAX_LENGTH = 200;

const label = z.string().trim().min(1).max(VERSION_LABEL_MAX_LENGTH);

/** POST /api/artefacts/:id/versions — a named version of the artefact as it is now. */
export const createVersionRequest = z.object({ label });

/** POST /api/artefacts/:id/versions/:n/publish — freezes version n under a label (its own when left out). */
export const publishVersionRequest = z.object({ label: label.optional() });

/** A version number in a path: 1, 2, 3… */
export const versionNumber = z.coerce.number().int().positive();

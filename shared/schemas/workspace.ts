import { z } from 'zod';
import { ACCESS_LEVELS, ROLES } from '../access.ts';

export const COMMISSIONING_MODELS = ['1', '2', '3', 'hybrid'] as const;
export type CommissioningModel = (typeof COMMISSIONING_MODELS)[number];

/** The commissioning cycle of Tool 22. */
export const QUADRANTS = ['analyse', 'plan', 'do', 'review'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

const title = z.string().trim().min(1).max(200);

export const createWorkspaceRequest = z.object({
  name: title,
  model: z.enum(COMMISSIONING_MODELS),
  zones: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
  quadrant: z.enum(QUADRANTS).default('analyse'),
});
export type CreateWorkspaceRequest = z.infer<typeof createWorkspaceRequest>;

/** The outcome framework comes with the workspace (one each); maps and specifications are added. */
export const createArtefactRequest = z.object({
  kind: z.enum(['map', 'specification']),
  title,
});
export type CreateArtefactRequest = z.infer<typeof createArtefactRequest>;

export const updateAccessRequest = z.object({
  access: z.partialRecord(z.enum(ROLES), z.enum(ACCESS_LEVELS)),
});
export type UpdateAccessRequest = z.infer<typeof updateAccessRequest>;

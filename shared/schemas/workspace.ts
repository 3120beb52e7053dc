import { z } from 'zod';
import { ACCESS_LEVELS, ROLES } from '../access.ts';

export const COMMISSIONING_MODELS = ['1', '2', '3', 'hybrid'] as const;
export type CommissioningModel = (typeof COMMISSIONING_MODELS)[number];

/** The commissioning cycle of Tool 22. */
export const QUADRANTS = ['analyse', 'plan', 'do', 'review'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

const title = z.string().trim().min(1).max(200);
/** Model 3's geographic zones, one provider accountable for each. */
const zoneList = z.array(z.string().trim().min(1).max(100)).max(50);

export const createWorkspaceRequest = z.object({
  name: title,
  model: z.enum(COMMISSIONING_MODELS),
  zones: zoneList.default([]),
  quadrant: z.enum(QUADRANTS).default('analyse'),
});
export type CreateWorkspaceRequest = z.infer<typeof createWorkspaceRequest>;

/** Commissioners change what they set at the start: any of these, the others stay as they are. */
export const updateWorkspaceRequest = z
  .object({
    name: title.optional(),
    model: z.enum(COMMISSIONING_MODELS).optional(),
    zones: zoneList.optional(),
    quadrant: z.enum(QUADRANTS).optional(),
  })
  .refine((value) => Object.values(value).some((field) => field !== undefined), 'Give at least one of name, model, zones and quadrant');
export type UpdateWorkspaceRequest = z.infer<typeof updateWorkspaceRequest>;

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

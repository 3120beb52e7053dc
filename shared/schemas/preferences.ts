import { z } from 'zod';

/**
 * The settings each person chooses (issue 9). Shared by the settings page,
 * which stores them on the device, and the server, which keeps them with a
 * signed-in person's account so they follow them to another device.
 */
export const PREFERENCE_LANGUAGES = ['en', 'cy'] as const;
export const TEXT_SIZES = ['standard', 'large'] as const;
export const CONTRASTS = ['standard', 'high'] as const;
/** `system` follows the device's prefers-reduced-motion; `reduce` turns motion off whatever the device says. */
export const MOTIONS = ['system', 'reduce'] as const;

export const preferenceFields = {
  language: z.enum(PREFERENCE_LANGUAGES),
  textSize: z.enum(TEXT_SIZES),
  contrast: z.enum(CONTRASTS),
  motion: z.enum(MOTIONS),
  /** Other people's carets, selections and avatars in the live editors. */
  showOthers: z.boolean(),
};

export type Preferences = { [K in keyof typeof preferenceFields]: z.infer<(typeof preferenceFields)[K]> };
export type PreferenceName = keyof Preferences;
export const PREFERENCE_NAMES = Object.keys(preferenceFields) as PreferenceName[];

export const DEFAULT_PREFERENCES: Preferences = {
  language: 'en',
  textSize: 'standard',
  contrast: 'standard',
  motion: 'system',
  showOthers: true,
};

/** PATCH /api/me/preferences: any of the settings; those left out stay as they are. Unknown names are refused. */
export const updatePreferencesRequest = z
  .strictObject({
    language: preferenceFields.language.optional(),
    textSize: preferenceFields.textSize.optional(),
    contrast: preferenceFields.contrast.optional(),
    motion: preferenceFields.motion.optional(),
    showOthers: preferenceFields.showOthers.optional(),
  })
  .refine((value) => Object.values(value).some((field) => field !== undefined), `Give at least one of ${PREFERENCE_NAMES.join(', ')}`);
export type UpdatePreferencesRequest = z.infer<typeof updatePreferencesRequest>;

/**
 * The valid settings in something stored earlier (a device's localStorage, a
 * database row): each one is kept or dropped on its own, so one value from an
 * older version never loses the others.
 */
export function readPreferences(value: unknown): Partial<Preferences> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const found: Record<string, unknown> = {};
  for (const name of PREFERENCE_NAMES) {
    const parsed = preferenceFields[name].safeParse((value as Record<string, unknown>)[name]);
    if (parsed.success) found[name] = parsed.data;
  }
  return found as Partial<Preferences>;
}

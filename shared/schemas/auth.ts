import { z } from 'zod';

/** Shared by the sign-up form and the server, so both say the same thing about a bad field. */
export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .email()
  .transform((e) => e.toLowerCase());

// NIST 800-63B: length over composition rules; a generous maximum bounds Argon2's input.
export const passwordSchema = z.string().min(10).max(200);

export const displayNameSchema = z.string().trim().min(1).max(100);

export const signupRequest = z.object({
  email: emailSchema,
  password: passwordSchema,
  displayName: displayNameSchema,
});
export type SignupRequest = z.infer<typeof signupRequest>;

export const loginRequest = z.object({
  email: emailSchema,
  password: z.string().min(1).max(200),
});
export type LoginRequest = z.infer<typeof loginRequest>;

export const changePasswordRequest = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: passwordSchema,
});

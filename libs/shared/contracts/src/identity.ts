import { z } from 'zod';

export const UserRoles = ['consumer', 'cooperative', 'admin'] as const;
export type UserRole = (typeof UserRoles)[number];

// ASVS 6.2: at least 8 characters, long passphrases allowed, no composition rules.
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

const email = z.string().trim().toLowerCase().max(254).email('must be an email address');
const password = z
  .string()
  .min(PASSWORD_MIN, `must be at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `must be at most ${PASSWORD_MAX} characters`);

export const RegisterSchema = z.strictObject({
  email,
  password,
  displayName: z.string().trim().min(1).max(60).optional(),
});
export type RegisterRequest = z.input<typeof RegisterSchema>;

export const LoginSchema = z.strictObject({ email, password: z.string().min(1).max(PASSWORD_MAX) });
export type LoginRequest = z.input<typeof LoginSchema>;

export const PasswordResetRequestSchema = z.strictObject({ email });
export type PasswordResetRequest = z.input<typeof PasswordResetRequestSchema>;

export const PasswordResetConfirmSchema = z.strictObject({
  token: z.string().min(20).max(200),
  password,
});
export type PasswordResetConfirm = z.input<typeof PasswordResetConfirmSchema>;

export interface UserDto {
  id: string;
  email: string;
  displayName: string | null;
  role: UserRole;
  /** set for members of a cooperative */
  cooperativeSlug: string | null;
}

export interface SessionResponse {
  user: UserDto;
}

import { z } from 'zod';

/** Mainland China mobile numbers, with or without +86, once spaces and hyphens are removed. */
export const CN_MOBILE = /^(?:\+?86)?1[3-9]\d{9}$/;

const text = (max: number) => z.string().trim().min(1, 'is required').max(max);

export const AddressSchema = z.strictObject({
  recipient: text(40),
  mobile: z
    .string()
    .trim()
    .transform((v) => v.replace(/[\s-]/g, ''))
    .pipe(z.string().regex(CN_MOBILE, 'must be a mainland China mobile number (11 digits starting with 1, optional +86)')),
  province: text(20),
  city: text(30),
  district: text(30),
  street: text(120),
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'must be 6 digits')
    .optional(),
  isDefault: z.boolean().optional(),
});
export type AddressInput = z.input<typeof AddressSchema>;

export const AddressPatchSchema = AddressSchema.partial();

export interface AddressDto {
  id: string;
  recipient: string;
  /** normalised to +86 and 11 digits */
  mobile: string;
  province: string;
  city: string;
  district: string;
  street: string;
  postalCode: string | null;
  isDefault: boolean;
}

/** "+86 138 0013 8000" → "+8613800138000" */
export function normaliseMobile(mobile: string): string {
  const digits = mobile.replace(/\D/g, '');
  return `+86${digits.slice(-11)}`;
}

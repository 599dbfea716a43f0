import type { FormInstance } from 'antd';
import { isApiError } from '@shanhai/web/shared';

/** An API field key as an antd form name path: `variants.0.priceFen` → ['variants', 0, 'priceFen']. */
export function fieldPath(key: string, rename: Record<string, string> = {}): (string | number)[] {
  return key.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : (rename[part] ?? part)));
}

/**
 * Puts the API's field problems (`fields` of a 400/409/422) on the form's fields. Returns the
 * problems that name no field of the form, for the page to show above it.
 */
export function showFieldErrors(
  form: FormInstance,
  error: unknown,
  rename: Record<string, string> = {},
): string[] {
  if (!isApiError(error) || !error.fields) return [];
  const known = new Set(form.getFieldsError().map((f) => JSON.stringify(f.name)));
  const onFields: { name: (string | number)[]; errors: string[] }[] = [];
  const elsewhere: string[] = [];
  for (const [key, messages] of Object.entries(error.fields)) {
    const name = fieldPath(key, rename);
    if (known.has(JSON.stringify(name))) onFields.push({ name, errors: messages });
    else elsewhere.push(`${key}: ${messages.join('; ')}`);
  }
  form.setFields(onFields);
  return elsewhere;
}

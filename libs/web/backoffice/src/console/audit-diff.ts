/** One field of an audited record, before and after the write. */
export interface AuditDiffRow {
  field: string;
  before: string | null;
  after: string | null;
  change: 'added' | 'removed' | 'changed' | 'same';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as the diff shows it: strings as they are, anything else as JSON. */
function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * The audit row's before and after, field by field (nested objects by dotted path), in the order
 * the fields first appear: a field only after the write was added, only before it removed.
 * A before or after that is not an object is one field, `value`.
 */
export function auditDiff(before: unknown, after: unknown): AuditDiffRow[] {
  const left = flatten(before);
  const right = flatten(after);
  const fields = [...new Set([...left.keys(), ...right.keys()])];
  return fields.map((field) => {
    const b = left.has(field) ? show(left.get(field)) : null;
    const a = right.has(field) ? show(right.get(field)) : null;
    const change = b === null ? 'added' : a === null ? 'removed' : a === b ? 'same' : 'changed';
    return { field, before: b, after: a, change };
  });
}

function flatten(value: unknown, prefix = '', into = new Map<string, unknown>()): Map<string, unknown> {
  if (value === null || value === undefined) return into;
  if (!isRecord(value)) {
    into.set(prefix || 'value', value);
    return into;
  }
  for (const [key, inner] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (isRecord(inner) && Object.keys(inner).length > 0) flatten(inner, path, into);
    else into.set(path, inner);
  }
  return into;
}

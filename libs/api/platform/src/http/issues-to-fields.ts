export interface SchemaIssue {
  readonly message: string;
  readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined;
}

/** Groups Standard Schema issues by field path: `{ pageSize: ['must be at most 100'] }`. */
export function issuesToFields(issues: readonly SchemaIssue[]): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = (issue.path ?? []).map((p) => String(typeof p === 'object' ? p.key : p)).join('.') || '_';
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}


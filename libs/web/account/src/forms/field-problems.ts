import type { z } from 'zod';

/**
 * What is wrong with one field, as a code the page translates (`validation.<field>.<code>`, else
 * `validation.<code>`): the contracts' zod messages are English sentences for API clients.
 */
export interface FieldProblem {
  code: 'required' | 'tooShort' | 'tooLong' | 'invalid' | 'taken';
  limit?: number;
}

export type FieldProblems = Partial<Record<string, FieldProblem>>;

/** The parts of a zod issue this reads; every zod issue has this shape. */
interface Issue {
  code: string;
  path: readonly PropertyKey[];
  minimum?: number | bigint;
  maximum?: number | bigint;
}

function problemOf(issue: Issue): FieldProblem {
  switch (issue.code) {
    case 'invalid_type':
      return { code: 'required' };
    case 'too_small':
      return Number(issue.minimum) <= 1
        ? { code: 'required' }
        : { code: 'tooShort', limit: Number(issue.minimum) };
    case 'too_big':
      return { code: 'tooLong', limit: Number(issue.maximum) };
    default:
      return { code: 'invalid' };
  }
}

/** The first problem of each top-level field; issues about the whole object are left out. */
export function problemsFromIssues(issues: readonly Issue[]): FieldProblems {
  const problems: FieldProblems = {};
  for (const issue of issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && !problems[field]) problems[field] = problemOf(issue);
  }
  return problems;
}

/** A 400 VALIDATION_FAILED's `fields` (English sentences keyed by path) as problems to translate. */
export function problemsFromServer(fields: Record<string, string[]> | undefined): FieldProblems {
  const problems: FieldProblems = {};
  for (const path of Object.keys(fields ?? {})) problems[path.split('.')[0]] = { code: 'invalid' };
  return problems;
}

export type ParsedForm<S extends z.ZodType> =
  { ok: true; data: z.output<S> } | { ok: false; problems: FieldProblems };

/** Validates a form with the contract's own request schema, the one the API validates with. */
export function parseForm<S extends z.ZodType>(schema: S, values: unknown): ParsedForm<S> {
  const result = schema.safeParse(values);
  return result.success
    ? { ok: true, data: result.data }
    : { ok: false, problems: problemsFromIssues(result.error.issues) };
}

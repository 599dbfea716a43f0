import { parseYuanToFen } from '@shanhai/shared/domain';
import {
  IndicatorCreateSchema,
  type IndicatorCreateRequest,
  type IndicatorKind,
  type IndicatorUnit,
} from '@shanhai/shared/contracts';

/** The form as typed: the value is text (yuan for money), the dates 'YYYY-MM-DD' or ''. */
export interface IndicatorFormValues {
  kind: IndicatorKind;
  key: string;
  labelZh: string;
  labelEn: string;
  unit: IndicatorUnit;
  value: string;
  periodStart: string;
  periodEnd: string;
  source: string;
}

export type IndicatorField = keyof IndicatorFormValues;

/** What is wrong with a field, as a code the page translates (`validation.<field>.<code>`, else `validation.<code>`). */
export interface IndicatorProblem {
  code: 'required' | 'invalid' | 'tooLong' | 'taken' | 'money' | 'number';
  limit?: number;
}

export type IndicatorProblems = Partial<Record<IndicatorField, IndicatorProblem>>;

export const INDICATOR_FIELDS: readonly IndicatorField[] = [
  'kind',
  'key',
  'labelZh',
  'labelEn',
  'unit',
  'value',
  'periodStart',
  'periodEnd',
  'source',
];

export function isIndicatorField(name: string): name is IndicatorField {
  return (INDICATOR_FIELDS as readonly string[]).includes(name);
}

const DECIMAL = /^\d+(\.\d+)?$/;

interface Issue {
  code: string;
  path: readonly PropertyKey[];
  minimum?: number | bigint;
  maximum?: number | bigint;
}

function problemOf(issue: Issue): IndicatorProblem {
  switch (issue.code) {
    case 'invalid_type':
      return { code: 'required' };
    case 'too_small':
      return Number(issue.minimum) <= 2 && issue.path[0] !== 'value'
        ? { code: 'required' }
        : { code: 'invalid' };
    case 'too_big':
      return issue.path[0] === 'value'
        ? { code: 'invalid' }
        : { code: 'tooLong', limit: Number(issue.maximum) };
    default:
      return { code: 'invalid' };
  }
}

/**
 * The request the form stands for, checked with the contract's own schema (the one the API
 * validates with). Money is typed in yuan and sent in whole fen, converted without floating point;
 * other units are numbers.
 */
export function toIndicatorRequest(
  values: IndicatorFormValues,
): { ok: true; request: IndicatorCreateRequest } | { ok: false; problems: IndicatorProblems } {
  const problems: IndicatorProblems = {};
  const text = values.value.trim().replace(/,/g, '');
  let value: number | undefined;
  if (text === '') problems.value = { code: 'required' };
  else if (values.unit === 'fen') {
    const fen = parseYuanToFen(text);
    if (fen === null) problems.value = { code: 'money' };
    else value = fen;
  } else if (!DECIMAL.test(text)) problems.value = { code: 'number' };
  else value = Number(text);

  const candidate = {
    key: values.key,
    kind: values.kind,
    labelZh: values.labelZh,
    labelEn: values.labelEn,
    value: value ?? 0,
    unit: values.unit,
    periodStart: values.periodStart,
    periodEnd: values.periodEnd,
    source: values.source,
  };
  const parsed = IndicatorCreateSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (typeof field === 'string' && isIndicatorField(field) && !problems[field])
        problems[field] = problemOf(issue);
    }
  }
  // A period ends on or after its start (the API refuses the reverse too).
  if (!problems.periodStart && !problems.periodEnd && values.periodStart > values.periodEnd)
    problems.periodEnd = { code: 'invalid' };
  if (Object.keys(problems).length > 0 || !parsed.success) return { ok: false, problems };
  return { ok: true, request: candidate };
}

/**
 * A 400's `fields` (English sentences keyed by path) split into the form's fields, marked to be
 * said in the reader's language, and the rest, whose sentences are shown as they came.
 */
export function problemsFromServer(fields: Record<string, string[]> | undefined): {
  problems: IndicatorProblems;
  other: string[];
} {
  const problems: IndicatorProblems = {};
  const other: string[] = [];
  for (const [path, messages] of Object.entries(fields ?? {})) {
    const field = path.split('.')[0];
    if (isIndicatorField(field)) problems[field] = { code: 'invalid' };
    else other.push(...messages.map((m) => (path ? `${path}: ${m}` : m)));
  }
  return { problems, other };
}

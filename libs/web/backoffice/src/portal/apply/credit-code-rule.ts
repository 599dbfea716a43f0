import { creditCodeProblem, type CreditCodeProblem } from '@shanhai/shared/domain';

/**
 * The form's check of a unified social credit code, with the shared rule the API applies: the
 * problem's message key, or null when the code is valid (lower case and spaces around allowed).
 */
export function creditCodeMessageKey(
  value: string | undefined,
): `apply.creditCode.${CreditCodeProblem | 'required'}` | null {
  if (!value || value.trim() === '') return 'apply.creditCode.required';
  const problem = creditCodeProblem(value);
  return problem ? `apply.creditCode.${problem}` : null;
}

import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCOUNT_NS } from '../account-messages';
import type { FieldProblem, FieldProblems } from './field-problems';

/** The translated sentence for a field's problem. */
export function useProblemText(): (field: string, problem: FieldProblem | undefined) => string | undefined {
  const { t } = useTranslation(ACCOUNT_NS);
  return useCallback(
    (field, problem) =>
      problem &&
      t([`validation.${field}.${problem.code}`, `validation.${problem.code}`], { limit: problem.limit }),
    [t],
  );
}

/**
 * Values and field problems of a small form. `bind(name)` gives a `TextField` its value, change
 * handler (which clears that field's problem) and translated error; `fail` shows the problems and
 * moves focus to the first field that has one.
 */
export function useForm<V extends Record<string, string>>(initial: V) {
  const [values, setValues] = useState(initial);
  const [problems, setProblems] = useState<FieldProblems>({});
  const problemText = useProblemText();

  const bind = (name: keyof V & string) => ({
    name,
    value: values[name],
    error: problemText(name, problems[name]),
    onChange: (value: string) => {
      setValues((v) => ({ ...v, [name]: value }));
      setProblems((p) => (p[name] ? { ...p, [name]: undefined } : p));
    },
  });

  const fail = (next: FieldProblems, form?: HTMLFormElement | null) => {
    setProblems(next);
    const names = Object.keys(next).filter((name) => next[name]);
    // Our own field names; querySelector with a selector list answers the first in document order.
    const selector = names.map((name) => `[name="${name}"]`).join(',');
    if (form && selector) form.querySelector<HTMLElement>(selector)?.focus();
  };

  return { values, setValues, problems, bind, fail };
}

import type { FormInstance } from 'antd';
import { useState } from 'react';
import { ApiProblem, isApiProblem } from '@/lib/problem';
import { applyProblemToForm } from '@/lib/problem-form';

/**
 * A failed save: field errors go under their inputs; whatever is left (a 409, a field the form
 * does not show, a network failure) is returned as `problem` for a ProblemAlert.
 */
export function useProblemForm(form: FormInstance, fields: readonly string[]) {
  const [problem, setProblem] = useState<unknown>();
  const onError = (error: unknown) => {
    const rest = applyProblemToForm(form, error, fields);
    const mapped = isApiProblem(error) && (error.errors?.length ?? 0) > rest.length;
    if (!mapped) setProblem(error);
    else if (rest.length > 0 && isApiProblem(error)) {
      setProblem(new ApiProblem({ ...error, detail: undefined, errors: rest }));
    } else setProblem(undefined);
  };
  return { problem, onError, clear: () => setProblem(undefined) };
}

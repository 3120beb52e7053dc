import type { CallForm } from './useCallForm.ts';

/**
 * A problem with the whole form (the call closed meanwhile, no connection),
 * read out as it appears. Field problems are shown by their field instead.
 */
export function FormProblem({ form }: { form: CallForm }) {
  const message = form.problem && !form.problem.field ? form.problem.message : null;
  return (
    <div role="alert" className="form-alerts">
      {message ? <p className="field__error">{message}</p> : null}
    </div>
  );
}

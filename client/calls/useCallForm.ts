import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { callProblem, schemaProblem, type CallField, type CallProblem } from './callErrors.ts';

/** Kept untranslated, so switching language translates a shown problem too. */
type Pending = (t: TFunction) => CallProblem;

export interface CallForm {
  /** The problem in the current language, or null. */
  problem: CallProblem | null;
  busy: boolean;
  /** The id of a field of this form (so labels, errors and focus agree). */
  fieldId(field: CallField): string;
  /** The message for `field`, when it is the one at fault. */
  errorFor(field: CallField): string | undefined;
  clear(): void;
  /** Checks `values` with `schema`, then runs `action`; a refusal lands by its field, which takes focus. */
  submit<S extends z.ZodType>(schema: S, values: unknown, action: (parsed: z.output<S>) => Promise<void>): Promise<void>;
}

/**
 * One small form of the call page: its busy state and the one problem to
 * show. `bodyField` is what this form calls the text the server names `body`.
 */
export function useCallForm(formId: string, bodyField: CallField = 'body'): CallForm {
  const { t } = useTranslation();
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const focusNext = useRef(false);
  const fieldId = useCallback((field: CallField) => `${formId}-${field}`, [formId]);
  const problem = pending ? pending(t) : null;

  // Once the problem renders: focus its field, where the message is read out with it.
  useLayoutEffect(() => {
    if (!focusNext.current || !pending) return;
    focusNext.current = false;
    const field = pending(t).field;
    if (field) document.getElementById(fieldId(field))?.focus();
  }, [pending, t, fieldId]);

  const show = useCallback((next: Pending) => {
    focusNext.current = true;
    setPending(() => next);
  }, []);

  const submit = useCallback(
    async <S extends z.ZodType>(schema: S, values: unknown, action: (parsed: z.output<S>) => Promise<void>) => {
      const parsed = schema.safeParse(values);
      if (!parsed.success) {
        const path = parsed.error.issues[0]?.path;
        show((tr) => schemaProblem(tr, path, bodyField));
        return;
      }
      setBusy(true);
      try {
        await action(parsed.data);
        setPending(null);
      } catch (error) {
        show((tr) => callProblem(tr, error, bodyField));
      } finally {
        setBusy(false);
      }
    },
    [show, bodyField],
  );

  return {
    problem,
    busy,
    fieldId,
    errorFor: (field) => (problem?.field === field ? problem.message : undefined),
    clear: () => setPending(null),
    submit,
  };
}

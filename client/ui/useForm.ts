import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { ApiError } from '../api/apiClient.ts';
import { apiErrorMessage, fieldName, type FieldMessages } from './errorMessages.ts';

export type FieldErrors = Partial<Record<string, string>>;

/**
 * A problem kept untranslated: it is put into words at each render, so
 * switching language (to understand an error better) translates it too.
 */
type Problem = (t: TFunction) => string;

export interface FormState {
  /** Messages by field name, in the current language. */
  errors: FieldErrors;
  /** A problem with the whole form (wrong password, server unreachable). */
  formError: string | null;
  submitting: boolean;
  /** The id of field `name` in this form (so labels, errors and summary links agree). */
  fieldId(name: string): string;
  /**
   * Validates `values` with `schema`, then runs `action` with the parsed value.
   * Errors from either land next to their field, and focus moves to the first.
   */
  submit<S extends z.ZodType>(schema: S, values: unknown, action: (parsed: z.output<S>) => Promise<void>): Promise<void>;
}

/**
 * The errors and submitting state of one form. `formId` prefixes field ids;
 * `messages` turns a field name into what to tell the person about it.
 */
export function useForm(formId: string, messages: FieldMessages): FormState {
  const { t } = useTranslation();
  const [fieldProblems, setFieldProblems] = useState<Partial<Record<string, Problem>>>({});
  const [formProblem, setFormProblem] = useState<Problem | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const focusFirst = useRef<string[] | null>(null);
  const messagesRef = useRef(messages);
  messagesRef.current = messages;

  const fieldId = useCallback((name: string) => `${formId}-${name}`, [formId]);

  // After the errors render: focus the first field at fault on the page, where its message is read out.
  useLayoutEffect(() => {
    const ids = focusFirst.current;
    focusFirst.current = null;
    if (!ids) return;
    const fields = ids.map((id) => document.getElementById(id)).filter((element) => element !== null);
    fields.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    fields[0]?.focus();
  }, [fieldProblems, formProblem]);

  const show = useCallback(
    (problems: Partial<Record<string, Problem>>, general: Problem | null) => {
      setFieldProblems(problems);
      setFormProblem(() => general);
      // A problem with the whole form is read out by the summary's alert; focus stays where it was.
      focusFirst.current = Object.keys(problems).map(fieldId);
    },
    [fieldId],
  );

  const submit = useCallback(
    async <S extends z.ZodType>(schema: S, values: unknown, action: (parsed: z.output<S>) => Promise<void>) => {
      const parsed = schema.safeParse(values);
      if (!parsed.success) {
        const found: Partial<Record<string, Problem>> = {};
        for (const issue of parsed.error.issues) {
          const name = fieldName(issue.path.map(String).join('.'), messagesRef.current) ?? String(issue.path[0] ?? '');
          const key = messagesRef.current[name] ?? 'errors.checkAnswer';
          if (name && !found[name]) found[name] = (tr) => tr(key);
        }
        show(found, Object.keys(found).length ? null : (tr) => tr('errors.checkAnswer'));
        return;
      }
      setSubmitting(true);
      try {
        await action(parsed.data);
        setFieldProblems({});
        setFormProblem(null);
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        const fields = messagesRef.current;
        const problem: Problem = (tr) => apiErrorMessage(tr, error, fields);
        const field = fieldName(error.field, fields);
        if (field) show({ [field]: problem }, null);
        else show({}, problem);
      } finally {
        setSubmitting(false);
      }
    },
    [show],
  );

  const errors = useMemo(() => {
    const translated: FieldErrors = {};
    for (const [name, problem] of Object.entries(fieldProblems)) if (problem) translated[name] = problem(t);
    return translated;
  }, [fieldProblems, t]);
  const formError = formProblem ? formProblem(t) : null;

  return { errors, formError, submitting, fieldId, submit };
}

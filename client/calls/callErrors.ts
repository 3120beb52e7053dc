import type { TFunction } from 'i18next';
import { ApiError } from '../api/apiClient.ts';
import { apiErrorMessage } from '../ui/errorMessages.ts';

/** The fields of the call page's forms, each with what to say when it is wrong. */
export const FIELD_MESSAGES = {
  kind: 'calls.errors.kind',
  outcomeId: 'calls.errors.outcomeId',
  zone: 'calls.errors.zone',
  body: 'calls.errors.body',
  comment: 'calls.errors.comment',
  reason: 'calls.errors.reason',
  answer: 'calls.errors.answer',
  response: 'calls.errors.response',
  statement: 'calls.errors.statement',
  measure: 'calls.errors.measure',
  displayName: 'calls.errors.displayName',
  email: 'calls.errors.email',
  password: 'calls.errors.password',
} as const;

export type CallField = keyof typeof FIELD_MESSAGES;

/** A refusal put into words: the field at fault (as the server or the schema named it) and the message. */
export interface CallProblem {
  field: CallField | null;
  message: string;
}

const isField = (name: string | undefined): name is CallField => name !== undefined && name in FIELD_MESSAGES;

/** What to tell the person when the server refused one of the call page's requests. */
export function callProblem(t: TFunction, error: unknown, bodyField: CallField = 'body'): CallProblem {
  if (!(error instanceof ApiError)) return { field: null, message: t('errors.server') };
  if (error.code === 'call_closed') return { field: null, message: t('calls.errors.callClosed') };
  if (error.code === 'call_not_open') return { field: null, message: t('calls.errors.callNotOpen') };
  if (error.code === 'already_promoted') return { field: null, message: t('calls.errors.alreadyPromoted') };
  if (error.code === 'email_taken') return { field: 'email', message: t('calls.errors.emailTaken') };
  // The server calls every text "body"; a comment form names it "comment".
  const named = error.field?.split('.')[0];
  const field = named === 'body' ? bodyField : isField(named) ? named : null;
  if (field && error.status === 400) return { field, message: t(FIELD_MESSAGES[field]) };
  return { field: null, message: apiErrorMessage(t, error) };
}

/** The first field a schema found wrong, in words. */
export function schemaProblem(t: TFunction, path: ReadonlyArray<PropertyKey> | undefined, bodyField: CallField = 'body'): CallProblem {
  const named = String(path?.[0] ?? '');
  const field = named === 'body' ? bodyField : isField(named) ? named : null;
  return { field, message: field ? t(FIELD_MESSAGES[field]) : t('errors.checkAnswer') };
}

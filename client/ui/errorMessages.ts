import type { TFunction } from 'i18next';
import type { ApiError } from '../api/apiClient.ts';

/** The i18n key of a translation under `errors.` (what to tell a person about a field). */
export type ErrorKey = `errors.${keyof typeof import('../i18n/locales/en.json')['errors']}`;

/** Per form: what to say when a field is wrong, by field name. */
export type FieldMessages = Partial<Record<string, ErrorKey>>;

/**
 * The form field a request path belongs to: the whole path when the form has
 * a field by that name (`access.citizen`, one select per role), else its first
 * part (`zones.2` is the zones field).
 */
export function fieldName(path: string | undefined, fields: FieldMessages): string | undefined {
  if (!path) return undefined;
  if (path in fields) return path;
  const first = path.split('.')[0]!;
  return first in fields ? first : undefined;
}

/** What to tell the person when the server refused, in their language. */
export function apiErrorMessage(t: TFunction, error: ApiError, fields: FieldMessages = {}): string {
  switch (error.code) {
    case 'network':
      return t('errors.network');
    case 'rate_limited':
      return t('errors.rateLimited', { count: error.retryAfterSeconds ?? 60 });
    case 'invalid_credentials':
      return t('errors.invalidCredentials');
    case 'email_taken':
      return t('errors.emailTaken');
    case 'unknown_code':
      return t('errors.unknownCode');
    case 'already_member':
      return t('errors.alreadyMember');
    case 'invitation_not_found':
      return t('errors.invitationNotFound');
    case 'invitation_used':
      return t('errors.invitationUsed');
    case 'last_commissioner':
      return t('errors.lastCommissioner');
    case 'wrong_password':
      return t('errors.wrongPassword');
    case 'forbidden':
      return t('errors.forbidden');
    case 'not_found':
      return t('errors.notFound');
    case 'unauthenticated':
      return t('errors.signedOut');
  }
  const field = fieldName(error.field, fields);
  const key = field ? fields[field] : undefined;
  if (key) return t(key);
  return error.status >= 500 ? t('errors.server') : t('errors.checkAnswer');
}

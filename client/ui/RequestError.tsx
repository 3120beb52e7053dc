import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/apiClient.ts';
import { apiErrorMessage } from './errorMessages.ts';

/** Where a refused request is said: the alert region is always there, so the message is announced when it appears. */
export function RequestError({ error }: { error: ApiError | null }) {
  const { t } = useTranslation();
  return <div role="alert">{error ? <p className="notice notice--error">{apiErrorMessage(t, error)}</p> : null}</div>;
}

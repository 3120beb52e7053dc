import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/apiClient.ts';
import { apiErrorMessage } from '../ui/errorMessages.ts';
import { verifyAudit, type AuditEvent, type ChainReport } from './auditApi.ts';
import type { AuditNames } from './auditNames.ts';
import { reportSentence } from './reportSentence.ts';

type Check = { state: 'idle' } | { state: 'checking' } | { state: 'done'; report: ChainReport } | { state: 'failed'; error: ApiError };

interface Props {
  workspaceId: string;
  events: readonly AuditEvent[];
  names: AuditNames;
  /** The audit entry found broken (its seq), or null: the table marks it. */
  onBrokenEntry(seq: number | null): void;
}

/**
 * "Check the record": asks the server to recompute every seal of the
 * workspace's audit chain and of its documents' version chains, and says the
 * answer politely — intact with what was checked, or the first link that does
 * not hold, named so a person can find it.
 */
export function VerifyRecord({ workspaceId, events, names, onBrokenEntry }: Props) {
  const { t } = useTranslation();
  const [check, setCheck] = useState<Check>({ state: 'idle' });

  const run = async () => {
    if (check.state === 'checking') return;
    // Emptied first, so the same answer twice is still announced twice.
    setCheck({ state: 'checking' });
    try {
      const report = await verifyAudit(workspaceId);
      setCheck({ state: 'done', report });
      onBrokenEntry(report.broken?.table === 'audit_events' ? report.broken.position : null);
    } catch (error) {
      setCheck({ state: 'failed', error: error instanceof ApiError ? error : new ApiError(0, 'unexpected', String(error)) });
    }
  };

  const broken = check.state === 'done' && !check.report.ok;
  return (
    <div className="audit-verify">
      <button type="button" className="button button--secondary" onClick={() => void run()} aria-disabled={check.state === 'checking' || undefined}>
        {t('audit.verify.button')}
      </button>
      <p role="status" className={`audit-verify__result${broken ? ' audit-verify__result--broken' : ''}`}>
        {check.state === 'checking' ? t('audit.verify.checking') : null}
        {check.state === 'done' ? reportSentence(t, check.report, events, names) : null}
        {check.state === 'failed' ? t('audit.verify.failed', { reason: apiErrorMessage(t, check.error) }) : null}
      </p>
    </div>
  );
}

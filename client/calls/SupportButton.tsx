import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { support, withdrawSupport, type Contribution } from './callApi.ts';
import { callProblem } from './callErrors.ts';

/**
 * A toggle: pressed while the viewer supports the contribution. Its name stays
 * "Support" (a toggle's name must not flip), and a line beside it says how to withdraw.
 */
export function SupportButton({ contribution, onChanged }: { contribution: Contribution; onChanged(updated: Contribution): void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const hintId = `support-hint-${contribution.id}`;

  const toggle = async () => {
    setBusy(true);
    setError(null);
    try {
      const { contribution: updated } = contribution.supportedByMe ? await withdrawSupport(contribution.id) : await support(contribution.id);
      onChanged(updated);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button
        type="button"
        className={`button button--small${contribution.supportedByMe ? ' button--primary' : ''}`}
        aria-pressed={contribution.supportedByMe}
        aria-describedby={contribution.supportedByMe ? hintId : undefined}
        aria-busy={busy || undefined}
        onClick={() => !busy && void toggle()}
      >
        {t('calls.item.support')}
      </button>
      {contribution.supportedByMe ? (
        <span id={hintId} className="call-item__hint">
          {t('calls.item.supporting')}
        </span>
      ) : null}
      {error ? (
        <span role="alert" className="field__error">
          {callProblem(t, error).message}
        </span>
      ) : null}
    </>
  );
}

import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonalDetailFinding } from '../../shared/contributions/personalDetails.ts';

interface Props {
  findings: PersonalDetailFinding[];
  busy: boolean;
  onEdit(): void;
  onPostAnyway(): void;
}

/**
 * What in the text looks like someone's personal details, before it is posted
 * for everyone to read. A prompt, not a ban: the author edits, or posts anyway.
 */
export function PersonalDetailsWarning({ findings, busy, onEdit, onPostAnyway }: Props) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // The warning replaces the posting: focus goes to it so it is read out and its choices come next.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="call-warning" aria-labelledby="personal-details-heading">
      <h3 id="personal-details-heading" ref={heading} tabIndex={-1}>
        {t('calls.personal.heading')}
      </h3>
      <p>{findings.length > 0 ? t('calls.personal.lead') : t('calls.personal.leadNoList')}</p>
      {findings.length > 0 ? (
        <ul>
          {findings.map((finding, index) => (
            <li key={`${finding.kind}-${index}`}>{t(`calls.personal.${finding.kind}`, { text: finding.text })}</li>
          ))}
        </ul>
      ) : null}
      <p>{t('calls.personal.advice')}</p>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={onEdit}>
          {t('calls.personal.edit')}
        </button>
        <button type="button" className="button" onClick={onPostAnyway} disabled={busy}>
          {t('calls.personal.postAnyway')}
        </button>
      </div>
    </section>
  );
}

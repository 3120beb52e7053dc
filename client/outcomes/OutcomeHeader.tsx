import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { deleteOutcome, duplicateOutcome, setStatus, type OutcomeValues } from '../../shared/outcomes/outcomeDoc.ts';
import { ContributionCredit } from '../calls/manage/ContributionCredit.tsx';
import type { Contributor } from './frameworkSettings.ts';
import type { Participant } from './usePresence.ts';

export interface OutcomeHeaderProps {
  doc: Y.Doc;
  outcome: OutcomeValues;
  /** 1-based place in the framework's order. */
  number: number;
  headingId: string;
  /** Others whose caret is in this outcome. */
  others: Participant[];
  contributors: Contributor[];
  /** The drag handle when reordering is possible (no grouping or filter). */
  dragHandle?: ReactNode;
  onMove?: (delta: -1 | 1) => void;
  /** First or last of the list it moves in (hidden retired outcomes aside): it cannot move past that end. */
  atStart?: boolean;
  atEnd?: boolean;
  canSpotlight: boolean;
  spotlit: boolean;
  onSpotlight: (on: boolean) => void;
}

/** The outcome's title line: number, status, who is in it now, who shaped it, and what can be done to it. */
export function OutcomeHeader({ doc, outcome, number, headingId, others, contributors, dragHandle, onMove, atStart, atEnd, canSpotlight, spotlit, onSpotlight }: OutcomeHeaderProps) {
  const { t } = useTranslation();
  const label = t('outcomes.card.heading', { number });
  const editing = [...new Set(others.map((p) => p.user.name))];
  return (
    <header className="outcome-card__header">
      <div className="outcome-card__title-row">
        {dragHandle}
        <h2 id={headingId} className="outcome-card__heading">
          {label}
          <span className="visually-hidden">: {outcome.statement}</span>
        </h2>
        <span className={`tag tag--status-${outcome.status}`}>{t(`outcomes.status.${outcome.status}`)}</span>
        {spotlit ? <span className="tag tag--spotlight">{t('outcomes.spotlight.tag')}</span> : null}
      </div>
      {editing.length > 0 ? (
        <p className="outcome-card__editing">{t('outcomes.card.editing', { names: editing.join(', '), count: editing.length })}</p>
      ) : null}
      <p className="outcome-card__contributors">
        {contributors.length === 0
          ? t('outcomes.card.noContributors')
          : t('outcomes.card.contributors', {
              names: contributors.map((c) => (c.role ? `${c.name} (${t(`roles.${c.role}` as 'roles.commissioner')})` : c.name)).join(', '),
            })}
      </p>
      <ContributionCredit doc={doc} outcomeId={outcome.id} />
      <div className="outcome-card__actions" role="group" aria-label={t('outcomes.card.actions', { name: label })}>
        {onMove ? (
          // aria-disabled, not disabled: the button that just moved an outcome to the end keeps keyboard focus.
          <>
            <button type="button" className="button button--small button--secondary" aria-disabled={atStart || undefined} onClick={() => !atStart && onMove(-1)}>
              {t('outcomes.card.moveUp')}
            </button>
            <button type="button" className="button button--small button--secondary" aria-disabled={atEnd || undefined} onClick={() => !atEnd && onMove(1)}>
              {t('outcomes.card.moveDown')}
            </button>
          </>
        ) : null}
        <button type="button" className="button button--small button--secondary" onClick={() => duplicateOutcome(doc, outcome.id)}>
          {t('outcomes.card.duplicate')}
        </button>
        {outcome.status === 'retired' ? (
          <button type="button" className="button button--small button--secondary" onClick={() => setStatus(doc, outcome.id, 'proposed')}>
            {t('outcomes.card.restore')}
          </button>
        ) : (
          <button type="button" className="button button--small button--secondary" onClick={() => setStatus(doc, outcome.id, 'retired')}>
            {t('outcomes.card.retire')}
          </button>
        )}
        {outcome.status === 'proposed' && outcome.statement.trim() === '' && outcome.indicators.length === 0 ? (
          <button type="button" className="button button--small button--secondary" onClick={() => deleteOutcome(doc, outcome.id)}>
            {t('outcomes.card.delete')}
          </button>
        ) : null}
        {canSpotlight ? (
          <button type="button" className="button button--small" aria-pressed={spotlit} onClick={() => onSpotlight(!spotlit)}>
            {t('outcomes.spotlight.button')}
          </button>
        ) : null}
      </div>
    </header>
  );
}

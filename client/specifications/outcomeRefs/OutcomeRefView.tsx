import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { useOutcomeFramework } from './frameworkContext.tsx';
import { outcomeRefLabel } from './outcomeRefLabel.ts';
import './outcomeRefs.css';

/**
 * A reference as a chip with the outcome's current statement. Its state is
 * words, not only colour: "retired" is written out, a deleted outcome says so,
 * and a reader who may not see the framework gets a neutral "[outcome]". Screen
 * readers hear "Outcome reference" first, so the chip is not taken for typed text.
 */
export function OutcomeRefView({ node, selected }: ReactNodeViewProps) {
  const { t } = useTranslation();
  const label = outcomeRefLabel(useOutcomeFramework(), node.attrs.outcomeId);
  const className = `outcome-ref outcome-ref--${label.kind}${selected ? ' outcome-ref--selected' : ''}`;

  let body;
  if (label.kind === 'live' || label.kind === 'retired') {
    body = (
      <>
        <span className="outcome-ref__sr">{t('outcomeRefs.numbered', { number: label.number })}: </span>
        {label.kind === 'retired' ? <span className="outcome-ref__state">{t('outcomeRefs.retired')}</span> : null}
        {label.kind === 'retired' ? <span className="outcome-ref__sr">: </span> : null}
        <span className="outcome-ref__statement">{label.statement || t('outcomeRefs.noStatement')}</span>
      </>
    );
  } else {
    body = (
      <>
        <span className="outcome-ref__sr">{t('outcomeRefs.reference')}: </span>
        {label.kind === 'deleted' ? t('outcomeRefs.deleted') : t('outcomeRefs.neutral')}
      </>
    );
  }

  return (
    <NodeViewWrapper as="span" className={className} contentEditable={false} data-outcome-ref="" data-outcome-id={typeof node.attrs.outcomeId === 'string' ? node.attrs.outcomeId : undefined}>
      {body}
    </NodeViewWrapper>
  );
}

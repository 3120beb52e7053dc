import { useTranslation } from 'react-i18next';

/** The toolbar's "Insert outcome reference": opens the picker, whose Escape brings focus back to the document. */
export function OutcomeRefButton({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="spec-toolbar__button" aria-expanded={open} onClick={onToggle}>
      {t('outcomeRefs.insert')}
    </button>
  );
}

import { useTranslation } from 'react-i18next';
import { GROUPINGS, OUTCOME_STATUSES, type Grouping } from '../../shared/outcomes/vocabulary.ts';
import { SelectField } from '../ui/fields.tsx';
import type { ViewChoices } from './frameworkView.ts';
import type { UndoControls } from './useUndo.ts';

interface FrameworkToolbarProps {
  editable: boolean;
  view: ViewChoices;
  onView: (view: ViewChoices) => void;
  onAdd: () => void;
  undo: UndoControls;
  showOthers: boolean;
  onShowOthers: (show: boolean) => void;
}

/** Adding, undoing, and how the person looks at the framework (grouping, filter, search). */
export function FrameworkToolbar({ editable, view, onView, onAdd, undo, showOthers, onShowOthers }: FrameworkToolbarProps) {
  const { t } = useTranslation();
  return (
    <div className="framework-toolbar">
      {editable ? (
        <div className="framework-toolbar__group" role="group" aria-label={t('outcomes.toolbar.editing')}>
          <button type="button" className="button button--primary" onClick={onAdd}>
            {t('outcomes.toolbar.add')}
          </button>
          <button type="button" className="button button--secondary" disabled={!undo.canUndo} onClick={undo.undo}>
            {t('outcomes.toolbar.undo')}
          </button>
          <button type="button" className="button button--secondary" disabled={!undo.canRedo} onClick={undo.redo}>
            {t('outcomes.toolbar.redo')}
          </button>
        </div>
      ) : null}
      <div className="framework-toolbar__group framework-toolbar__view">
        <SelectField<Grouping>
          id="framework-group"
          label={t('outcomes.toolbar.groupBy')}
          value={view.grouping}
          options={GROUPINGS.map((grouping) => ({ value: grouping, label: t(`outcomes.grouping.${grouping}`) }))}
          onChange={(grouping) => onView({ ...view, grouping })}
        />
        <SelectField<ViewChoices['status']>
          id="framework-filter"
          label={t('outcomes.toolbar.show')}
          value={view.status}
          options={[
            { value: 'current' as const, label: t('outcomes.filter.current') },
            { value: 'all' as const, label: t('outcomes.filter.all') },
            ...OUTCOME_STATUSES.map((status) => ({ value: status, label: t(`outcomes.status.${status}`) })),
          ]}
          onChange={(status) => onView({ ...view, status })}
        />
        <div className="field field--inline">
          <label className="field__label" htmlFor="framework-search">
            {t('outcomes.toolbar.search')}
          </label>
          <input id="framework-search" type="search" className="field__input" value={view.search} onChange={(e) => onView({ ...view, search: e.target.value })} />
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={showOthers} onChange={(e) => onShowOthers(e.target.checked)} />
          {t('outcomes.toolbar.showOthers')}
        </label>
      </div>
    </div>
  );
}

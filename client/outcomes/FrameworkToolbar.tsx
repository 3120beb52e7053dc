import { useTranslation } from 'react-i18next';
import { GROUPINGS, OUTCOME_STATUSES, type Grouping } from '../../shared/outcomes/vocabulary.ts';
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
        <div className="field field--inline">
          <label className="field__label" htmlFor="framework-group">
            {t('outcomes.toolbar.groupBy')}
          </label>
          <select id="framework-group" className="field__select" value={view.grouping} onChange={(e) => onView({ ...view, grouping: e.target.value as Grouping })}>
            {GROUPINGS.map((grouping) => (
              <option key={grouping} value={grouping}>
                {t(`outcomes.grouping.${grouping}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--inline">
          <label className="field__label" htmlFor="framework-filter">
            {t('outcomes.toolbar.show')}
          </label>
          <select id="framework-filter" className="field__select" value={view.status} onChange={(e) => onView({ ...view, status: e.target.value as ViewChoices['status'] })}>
            <option value="current">{t('outcomes.filter.current')}</option>
            <option value="all">{t('outcomes.filter.all')}</option>
            {OUTCOME_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`outcomes.status.${status}`)}
              </option>
            ))}
          </select>
        </div>
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

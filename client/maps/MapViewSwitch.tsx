import { useTranslation } from 'react-i18next';

export type MapViewName = 'canvas' | 'list';

/** Canvas or list: the same live map, drawn or as an outline by stage (the one for keyboards and screen readers). */
export function MapViewSwitch({ view, onView }: { view: MapViewName; onView(view: MapViewName): void }) {
  const { t } = useTranslation();
  return (
    <div className="map-view-switch" role="group" aria-label={t('maps.page.viewSwitch')}>
      {(['canvas', 'list'] as const).map((name) => (
        <button key={name} type="button" className="button button--secondary map-view-switch__button" aria-pressed={view === name} onClick={() => onView(name)}>
          {t(`maps.page.views.${name}`)}
        </button>
      ))}
    </div>
  );
}

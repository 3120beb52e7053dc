import { useTranslation } from 'react-i18next';
import type { MapNodeValues } from '../../../shared/maps/mapTypes.ts';
import { formatDay } from './formatDay.ts';

/** One node's details for someone who can view the map but not change it. */
export function NodeDetailsView({ node }: { node: MapNodeValues }) {
  const { t } = useTranslation();
  const none = t('mapCanvas.details.none');
  const facts: Array<[string, string]> = [
    [t('mapCanvas.details.kind'), node.kind === 'method' && node.method ? `${t('maps.kinds.method')}: ${t(`maps.methods.${node.method}`)}` : t(`maps.kinds.${node.kind}`)],
    [t('mapCanvas.details.stage'), t(`maps.stages.${node.stage}`)],
    [t('mapCanvas.details.description'), node.description || none],
    [t('mapCanvas.details.involved'), node.involved.map((role) => t(`maps.roles.${role}`)).join(', ') || none],
    [t('mapCanvas.details.groups'), node.groups || none],
    [t('mapCanvas.details.owner'), node.owner || none],
    [t('mapCanvas.details.startDate'), node.startDate ? formatDay(t, node.startDate) : none],
    [t('mapCanvas.details.endDate'), node.endDate ? formatDay(t, node.endDate) : none],
    [t('mapCanvas.details.status'), t(`maps.statuses.${node.status}`)],
  ];
  return (
    <section className="map-details" aria-labelledby="map-details-heading">
      <h2 id="map-details-heading" className="map-details__heading">
        {node.label || t('mapCanvas.untitled')}
      </h2>
      <dl className="map-details__facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { MapNodeValues } from '../../../shared/maps/mapTypes.ts';
import { formatDay } from '../canvas/formatDay.ts';

function dates(t: TFunction, node: MapNodeValues): string {
  if (node.startDate && node.endDate) return t('mapList.facts.fromTo', { start: formatDay(t, node.startDate), end: formatDay(t, node.endDate) });
  if (node.startDate) return t('mapList.facts.from', { start: formatDay(t, node.startDate) });
  if (node.endDate) return t('mapList.facts.until', { end: formatDay(t, node.endDate) });
  return '';
}

/** What a node is, as a description list; facts not filled in are left out rather than read out as blanks. */
export function NodeFacts({ node }: { node: MapNodeValues }) {
  const { t } = useTranslation();
  const kind = node.kind === 'method' && node.method ? t('mapList.facts.kindWithMethod', { kind: t('maps.kinds.method'), method: t(`maps.methods.${node.method}`) }) : t(`maps.kinds.${node.kind}`);
  const who = [...node.involved.map((role) => t(`maps.roles.${role}`)), ...(node.groups.trim() ? [node.groups.trim()] : [])].join(', ');
  const when = dates(t, node);
  const facts: Array<[string, ReactNode]> = [
    [t('mapList.facts.kind'), kind],
    [t('mapList.facts.status'), t(`maps.statuses.${node.status}`)],
  ];
  if (node.description.trim()) facts.push([t('mapList.facts.description'), <span className="map-list__text">{node.description}</span>]);
  if (who) facts.push([t('mapList.facts.involved'), who]);
  if (node.owner.trim()) facts.push([t('mapList.facts.owner'), node.owner]);
  if (when) facts.push([t('mapList.facts.dates'), when]);
  return (
    <dl className="map-list__facts">
      {facts.map(([term, value]) => (
        <div key={term} className="map-list__fact">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

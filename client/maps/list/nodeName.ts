import type { TFunction } from 'i18next';
import type { MapNodeValues } from '../../../shared/maps/mapTypes.ts';

/** A node's name as people read it: its label, or "Untitled" with its kind so an empty one can still be told apart. */
export function nodeName(t: TFunction, node: Pick<MapNodeValues, 'label' | 'kind'>): string {
  const label = node.label.trim();
  return label || t('mapList.untitled', { kind: t(`maps.kinds.${node.kind}`) });
}

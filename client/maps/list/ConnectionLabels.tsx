import { useTranslation } from 'react-i18next';
import { LOCAL_ORIGIN, setEdgeLabel } from '../../../shared/maps/mapDoc.ts';
import type { MapNodeValues, MapSnapshot } from '../../../shared/maps/mapTypes.ts';
import { CommitTextInput } from './CommitTextInput.tsx';
import { useMapList } from './listContext.ts';
import { listIds } from './listIds.ts';
import { nodeName } from './nodeName.ts';

/** The labels of a node's outgoing connections ("findings", "tells"), as on the canvas's connection panel. */
export function ConnectionLabels({ node, snapshot }: { node: MapNodeValues; snapshot: MapSnapshot }) {
  const { t } = useTranslation();
  const { doc } = useMapList();
  const byId = new Map(snapshot.nodes.map((n) => [n.id, n]));
  const outgoing = snapshot.edges.flatMap((edge) => {
    const target = edge.source === node.id ? byId.get(edge.target) : undefined;
    return target ? [{ edge, target }] : [];
  });
  if (outgoing.length === 0) return null;
  return (
    <fieldset className="map-list__labels">
      <legend className="field__label">{t('mapList.labels.legend')}</legend>
      {outgoing.map(({ edge, target }) => (
        <CommitTextInput
          key={edge.id}
          id={`${listIds.nodeBase(node.id)}-edge-${edge.id}-label`}
          label={t('mapList.labels.field', { other: nodeName(t, target) })}
          value={edge.label}
          onCommit={(label) => setEdgeLabel(doc, edge.id, label, LOCAL_ORIGIN)}
        />
      ))}
    </fieldset>
  );
}

import { useTranslation } from 'react-i18next';
import { LOCAL_ORIGIN, removeEdge } from '../../../shared/maps/mapDoc.ts';
import type { MapEdgeValues, MapNodeValues, MapSnapshot } from '../../../shared/maps/mapTypes.ts';
import { useMapList } from './listContext.ts';
import { listIds } from './listIds.ts';
import { nodeName } from './nodeName.ts';

interface Connection {
  edge: MapEdgeValues;
  direction: 'to' | 'from';
  other: MapNodeValues;
}

interface NodeConnectionsProps {
  node: MapNodeValues;
  snapshot: MapSnapshot;
  readOnly: boolean;
}

/** A node's connections, outgoing then incoming, each with its other end named; editors can remove one. */
export function NodeConnections({ node, snapshot, readOnly }: NodeConnectionsProps) {
  const { t } = useTranslation();
  const { doc, announce, focusWhenShown } = useMapList();
  const byId = new Map(snapshot.nodes.map((n) => [n.id, n]));
  const connections: Connection[] = [];
  for (const edge of snapshot.edges) {
    const target = byId.get(edge.target);
    if (edge.source === node.id && target) connections.push({ edge, direction: 'to', other: target });
  }
  for (const edge of snapshot.edges) {
    const source = byId.get(edge.source);
    if (edge.target === node.id && source) connections.push({ edge, direction: 'from', other: source });
  }
  if (connections.length === 0) return null;

  const headingId = `${listIds.nodeBase(node.id)}-connections`;
  const describe = (c: Connection) => {
    const other = nodeName(t, c.other);
    const label = c.edge.label.trim();
    return label ? t(`mapList.connections.${c.direction}WithLabel`, { other, label }) : t(`mapList.connections.${c.direction}`, { other });
  };
  const remove = (index: number) => {
    const c = connections[index]!;
    // Next: the following connection's button, else the one before, else the node itself.
    const neighbour = connections[index + 1] ?? connections[index - 1];
    const from = nodeName(t, c.direction === 'to' ? node : c.other);
    const to = nodeName(t, c.direction === 'to' ? c.other : node);
    removeEdge(doc, c.edge.id, LOCAL_ORIGIN);
    focusWhenShown(neighbour ? listIds.edgeRemove(node.id, neighbour.edge.id) : listIds.nodeHeading(node.id));
    announce((t) => t('mapList.status.disconnected', { from, to }));
  };

  return (
    <div className="map-list__connections">
      <p id={headingId} className="map-list__connections-title">
        {t('mapList.connections.title')}
      </p>
      <ul aria-labelledby={headingId}>
        {connections.map((c, index) => (
          <li key={`${c.direction}-${c.edge.id}`} className="map-list__connection">
            <span className="map-list__connection-text">
              <span aria-hidden="true" className="map-list__arrow">
                {c.direction === 'to' ? '→' : '←'}
              </span>
              <span className="map-list__connection-name">{describe(c)}</span>
            </span>
            {readOnly ? null : (
              <button type="button" id={listIds.edgeRemove(node.id, c.edge.id)} className="button button--small" onClick={() => remove(index)}>
                {t('mapList.connections.remove')}
                <span className="visually-hidden"> {describe(c)}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

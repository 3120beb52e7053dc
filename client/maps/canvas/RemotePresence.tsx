import { ViewportPortal } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { NODE_HEIGHT, NODE_WIDTH, type MapNodeValues } from '../../../shared/maps/mapTypes.ts';
import type { MapPeer } from './useMapPresence.ts';

interface RemotePresenceProps {
  peers: MapPeer[];
  nodes: ReadonlyMap<string, MapNodeValues>;
}

/**
 * Others' pointers and the nodes they are dragging, drawn over the map in flow
 * coordinates. Decoration only (aria-hidden): the document changes when they
 * drop, and that is what everyone's view and the list view show.
 */
export function RemotePresence({ peers, nodes }: RemotePresenceProps) {
  const { t } = useTranslation();
  return (
    <ViewportPortal>
      <div className="map-remote" aria-hidden="true">
        {peers.map((peer) => {
          const dragged = peer.drag ? nodes.get(peer.drag.nodeId) : undefined;
          return (
            <div key={peer.clientId}>
              {peer.drag && dragged ? (
                <div
                  className="map-ghost"
                  data-testid={`ghost-${peer.drag.nodeId}`}
                  style={{ transform: `translate(${peer.drag.x}px, ${peer.drag.y}px)`, width: NODE_WIDTH, minHeight: NODE_HEIGHT, borderColor: peer.colour }}
                >
                  <span className="map-ghost__label">{dragged.label || t('mapCanvas.untitled')}</span>
                  <span className="map-ghost__who" style={{ background: peer.colour }}>
                    {t('mapCanvas.presence.moving', { name: peer.name })}
                  </span>
                </div>
              ) : null}
              {peer.pointer ? (
                <div className="map-pointer" style={{ transform: `translate(${peer.pointer.x}px, ${peer.pointer.y}px)` }}>
                  <svg width="18" height="18" viewBox="0 0 18 18" className="map-pointer__arrow">
                    <path d="M1 1 L1 15 L5 11 L8 17 L10 16 L7 10 L13 10 Z" fill={peer.colour} stroke="#fff" strokeWidth="1" />
                  </svg>
                  <span className="map-pointer__name" style={{ background: peer.colour }}>
                    {peer.name}
                  </span>
                </div>
              ) : null}
            </div>
          );
        })}
      </div>
    </ViewportPortal>
  );
}

import type { MapNodeValues, MapSnapshot } from '../../../shared/maps/mapTypes.ts';
import { ConnectForm } from './ConnectForm.tsx';
import { ConnectionLabels } from './ConnectionLabels.tsx';
import { MoveNodeForm } from './MoveNodeForm.tsx';
import { NodeDetailsFields } from './NodeDetailsFields.tsx';
import { RemoveNodeButton } from './RemoveNodeButton.tsx';

interface NodeEditorProps {
  node: MapNodeValues;
  snapshot: MapSnapshot;
  focusAfterRemove: string;
}

/** Every change an editor can make to one node, in the order people tend to make them. */
export function NodeEditor({ node, snapshot, focusAfterRemove }: NodeEditorProps) {
  return (
    <div className="map-list__editor">
      <NodeDetailsFields node={node} />
      <ConnectForm node={node} snapshot={snapshot} />
      <ConnectionLabels node={node} snapshot={snapshot} />
      <div className="map-list__editor-row">
        <MoveNodeForm node={node} />
        <RemoveNodeButton node={node} focusAfterRemove={focusAfterRemove} />
      </div>
    </div>
  );
}

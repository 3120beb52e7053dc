import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapNodeValues, MapSnapshot } from '../../../shared/maps/mapTypes.ts';
import { listIds } from './listIds.ts';
import { NodeConnections } from './NodeConnections.tsx';
import { NodeEditor } from './NodeEditor.tsx';
import { NodeFacts } from './NodeFacts.tsx';
import { nodeName } from './nodeName.ts';

interface NodeItemProps {
  node: MapNodeValues;
  snapshot: MapSnapshot;
  readOnly: boolean;
  /** The element to focus if this node is removed from here. */
  focusAfterRemove: string;
}

/**
 * One node of the outline: what it is and how it connects, read out in that
 * order; for editors, a disclosure with every change that can be made to it.
 */
export function NodeItem({ node, snapshot, readOnly, focusAfterRemove }: NodeItemProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const headingId = listIds.nodeHeading(node.id);
  const editorId = `${listIds.nodeBase(node.id)}-editor`;
  const name = nodeName(t, node);
  return (
    <li className={`map-list__node map-list__node--${node.kind}`}>
      <article aria-labelledby={headingId} data-node-id={node.id}>
        {/* Focusable from script only: focus lands on a node after it is added or moved. */}
        <h3 id={headingId} className="map-list__node-heading" tabIndex={-1}>
          {name}
        </h3>
        <NodeFacts node={node} />
        <NodeConnections node={node} snapshot={snapshot} readOnly={readOnly} />
        {readOnly ? null : (
          <>
            <button type="button" className="button button--small" aria-expanded={editing} aria-controls={editorId} onClick={() => setEditing(!editing)}>
              {t(editing ? 'mapList.edit.close' : 'mapList.edit.open')}
              <span className="visually-hidden"> {t('mapList.quoted', { label: name })}</span>
            </button>
            <div id={editorId} hidden={!editing}>
              {editing ? <NodeEditor node={node} snapshot={snapshot} focusAfterRemove={focusAfterRemove} /> : null}
            </div>
          </>
        )}
      </article>
    </li>
  );
}

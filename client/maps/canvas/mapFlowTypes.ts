import type { Edge, Node } from '@xyflow/react';
import type { MapNodeValues } from '../../../shared/maps/mapTypes.ts';

/** Someone else who has this node selected: drawn as an outline in their colour, with their name. */
export interface SelectedBy {
  clientId: number;
  name: string;
  colour: string;
}

export type MapFlowNodeData = {
  values: MapNodeValues;
  selectedBy: SelectedBy[];
  readOnly: boolean;
};

export type MapFlowNode = Node<MapFlowNodeData, 'mapNode'>;
export type MapFlowEdge = Edge;

import type { MapStage } from '../../../shared/maps/mapTypes.ts';

/*
 * Element ids of the list view, in one place: focus management moves focus to
 * elements another component renders, so both sides must agree on the names.
 */
export const listIds = {
  stageHeading: (stage: MapStage) => `map-list-stage-${stage}`,
  addLabel: (stage: MapStage) => `map-list-add-${stage}-label`,
  nodeBase: (nodeId: string) => `map-list-node-${nodeId}`,
  nodeHeading: (nodeId: string) => `map-list-node-${nodeId}-heading`,
  edgeRemove: (nodeId: string, edgeId: string) => `map-list-node-${nodeId}-edge-${edgeId}-remove`,
};

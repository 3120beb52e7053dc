import type { TFunction } from 'i18next';
import type { AccessLevel, ArtefactKind, Role } from '../../shared/access.ts';
import { COMMISSIONING_MODELS, QUADRANTS, type CommissioningModel, type Quadrant } from '../../shared/schemas/workspace.ts';

/** Plain words for the API's vocabulary, in the person's language. */

export const roleLabel = (t: TFunction, role: Role) => t(`roles.${role}`);
export const kindLabel = (t: TFunction, kind: ArtefactKind) => t(`kinds.${kind}`);

/** The framework's title is stored in English when a workspace is made and never typed by anyone: it is named in the reader's language. */
export const artefactTitle = (t: TFunction, artefact: { kind: ArtefactKind; title: string }) => (artefact.kind === 'outcomes' ? kindLabel(t, 'outcomes') : artefact.title);
export const quadrantLabel = (t: TFunction, quadrant: Quadrant) => t(`quadrants.${quadrant}.name`);
export const modelLabel = (t: TFunction, model: CommissioningModel) => t(`models.${model}.name`);

/** "You can edit", "You can comment", "You can view". */
export function accessLabel(t: TFunction, access: AccessLevel): string {
  return t(`access.${access}`);
}

export const modelOptions = (t: TFunction) =>
  COMMISSIONING_MODELS.map((model) => ({ value: model, label: t(`models.${model}.name`), hint: t(`models.${model}.hint`) }));

export const quadrantOptions = (t: TFunction) =>
  QUADRANTS.map((quadrant) => ({ value: quadrant, label: t(`quadrants.${quadrant}.name`), hint: t(`quadrants.${quadrant}.hint`) }));

/** "North, South , ,Valleys" → ["North", "South", "Valleys"]. */
export function parseZones(text: string): string[] {
  return text
    .split(',')
    .map((zone) => zone.trim())
    .filter((zone) => zone.length > 0);
}

import type { TFunction } from 'i18next';
import { INVOLVED_ROLES, MAP_STAGES, METHOD_KINDS, NODE_KINDS, NODE_STATUSES } from '../../shared/maps/mapTypes.ts';
import { OUTCOME_LEVELS, OUTCOME_STATUSES, WELL_BEING_ASPECTS } from '../../shared/outcomes/vocabulary.ts';

/*
 * A version's content and its diffs are the raw JSON of the Yjs document
 * (field names like `whenNotMet`, sets as `{ health: true }`). These put them
 * into the words the editors use, reusing the editors' own translations so
 * the history says "Well-being aspects it serves", as the framework does.
 */

export type EntryKind = 'outcome' | 'node' | 'edge';

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T => typeof value === 'string' && (list as readonly string[]).includes(value);

/** What the editor calls field `field` of an outcome, map item or connection; the raw name when it has no label. */
export function fieldLabel(t: TFunction, entry: EntryKind, field: string): string {
  if (field === 'createdAt') return t('history.fields.createdAt');
  if (entry === 'outcome') {
    switch (field) {
      case 'statement':
      case 'note':
      case 'level':
      case 'status':
      case 'zones':
      case 'aspects':
      case 'inputs':
      case 'outputs':
      case 'paymentShare':
      case 'evidence':
      case 'whenNotMet':
        return t(`outcomes.field.${field}`);
      case 'statementCy':
        return t('bilingual.outcome.welshLabel');
      case 'indicators':
        return t('outcomes.indicator.heading');
      case 'position':
        return t('history.fields.position');
    }
    return field;
  }
  if (entry === 'edge') {
    if (field === 'source' || field === 'target') return t(`history.fields.${field}`);
    if (field === 'label') return t('mapCanvas.edge.label');
    return field;
  }
  switch (field) {
    case 'label':
    case 'description':
    case 'groups':
    case 'kind':
    case 'method':
    case 'status':
    case 'involved':
    case 'owner':
    case 'startDate':
    case 'endDate':
      return t(`mapList.field.${field}`);
    case 'stage':
      return t('mapCanvas.details.stage');
    case 'x':
    case 'y':
      return t(`history.fields.${field}`);
  }
  return field;
}

/** The keys set to true in a Yjs set stored as a map (`{ health: true, work: true }`). */
function setKeys(value: unknown): string[] | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const entries = Object.entries(value as Record<string, unknown>);
  return entries.every(([, v]) => v === true) ? entries.map(([key]) => key).sort() : null;
}

/** One indicator as a line: its measure, and its target when there is one. */
function indicatorLine(t: TFunction, value: unknown): string {
  const indicator = (value ?? {}) as Record<string, unknown>;
  const measure = typeof indicator.measure === 'string' && indicator.measure ? indicator.measure : t('history.values.empty');
  const target = typeof indicator.target === 'string' ? indicator.target : '';
  return target ? `${measure} (${t('outcomes.indicator.target')}: ${target})` : measure;
}

/** Words from the editors' vocabularies, for fields holding one of a fixed set of values. */
function vocabulary(t: TFunction, entry: EntryKind, field: string, value: string): string | null {
  if (entry === 'outcome') {
    if (field === 'level' && isOneOf(OUTCOME_LEVELS, value)) return t(`outcomes.level.${value}`);
    if (field === 'status' && isOneOf(OUTCOME_STATUSES, value)) return t(`outcomes.status.${value}`);
    if (field === 'aspects' && isOneOf(WELL_BEING_ASPECTS, value)) return t(`outcomes.aspect.${value}`);
  }
  if (entry === 'node') {
    if (field === 'kind' && isOneOf(NODE_KINDS, value)) return t(`maps.kinds.${value}`);
    if (field === 'method' && isOneOf(METHOD_KINDS, value)) return t(`maps.methods.${value}`);
    if (field === 'stage' && isOneOf(MAP_STAGES, value)) return t(`maps.stages.${value}`);
    if (field === 'status' && isOneOf(NODE_STATUSES, value)) return t(`maps.statuses.${value}`);
    if (field === 'involved' && isOneOf(INVOLVED_ROLES, value)) return t(`maps.roles.${value}`);
  }
  return null;
}

/**
 * A field's value as text a person reads. `nameOf` turns a map item's id into
 * its name, for a connection's ends.
 */
export function fieldValue(t: TFunction, entry: EntryKind, field: string, value: unknown, nameOf: (id: string) => string | null = () => null): string {
  const empty = t('history.values.empty');
  if (value === null || value === undefined || value === '') return empty;
  if (typeof value === 'boolean') return value ? t('history.values.yes') : t('history.values.no');
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (entry === 'edge' && (field === 'source' || field === 'target')) return nameOf(value) ?? value;
    return vocabulary(t, entry, field, value) ?? value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return empty;
    return field === 'indicators' ? value.map((item) => indicatorLine(t, item)).join('; ') : value.map((item) => fieldValue(t, entry, field, item, nameOf)).join(', ');
  }
  const keys = setKeys(value);
  if (keys) return keys.length === 0 ? empty : keys.map((key) => vocabulary(t, entry, field, key) ?? key).join(', ');
  return JSON.stringify(value);
}

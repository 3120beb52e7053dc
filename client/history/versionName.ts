import type { TFunction } from 'i18next';
import type { PersonRef, Version } from './historyApi.ts';

/** What a version is called: "Restored from version 1", its label, or else what kind of moment kept it. */
export function versionName(t: TFunction, version: Version): string {
  if (version.kind === 'restored' && version.basedOn !== null) return t('history.list.restoredFrom', { number: version.basedOn });
  return version.label || t(`history.kinds.${version.kind}`);
}

/** "Version 3: Draft issued to providers". */
export function versionTitle(t: TFunction, version: Version): string {
  return t('history.list.versionNamed', { number: version.number, name: versionName(t, version) });
}

/** A person's name, or words for an account that is gone. */
export function personName(t: TFunction, person: PersonRef): string {
  return person.name ?? t('history.list.formerMember');
}

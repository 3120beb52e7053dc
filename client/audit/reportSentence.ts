import type { TFunction } from 'i18next';
import type { AuditEvent, ChainReport } from './auditApi.ts';
import type { AuditNames } from './auditNames.ts';
import { describeEvent } from './describeEvent.ts';

/**
 * What "Check the record" found, in words: intact with what was checked, or
 * the first link that does not hold — an entry by its number and what it says
 * (when it is loaded), or a version by its number and document — and what is
 * wrong with it in plain words.
 */
export function reportSentence(t: TFunction, report: ChainReport, events: readonly AuditEvent[], names: AuditNames): string {
  const { broken } = report;
  if (!broken) {
    return t('audit.verify.intact', {
      entries: t('audit.verify.entries', { count: report.checked.auditEvents }),
      versions: t('audit.verify.versions', { count: report.checked.versions }),
    });
  }
  if (broken.table === 'artefact_versions') {
    const title = names.artefact(broken.chain);
    const problem = t(`audit.verify.problems.version.${broken.problem}`);
    return t('audit.verify.brokenVersion', { position: broken.position, title: title ? t('audit.quoted', { name: title }) : t('audit.unknownDocument'), problem });
  }
  // An audit entry can only break by its hash, its link or its place in the sequence.
  const problem = t(`audit.verify.problems.entry.${broken.problem === 'state' ? 'hash' : broken.problem}`);
  const entry = events.find((e) => e.seq === broken.position);
  return entry
    ? t('audit.verify.brokenEntry', { position: broken.position, what: describeEvent(t, entry, names), problem })
    : t('audit.verify.brokenEntryUnknown', { position: broken.position, problem });
}

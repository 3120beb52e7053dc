import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { languageMarker } from '../../shared/bilingual/languageMarker.ts';
import { ensureBilingualStatement, languageStampsMap, needsBilingualParts } from '../../shared/outcomes/bilingualStatement.ts';
import { addOutcome, duplicateOutcome, outcomesMap, outcomeText, readFramework } from '../../shared/outcomes/outcomeDoc.ts';

/** An outcome as stored before there was a Welsh statement: no statementCy, no stamps. */
function olderOutcome(doc: Y.Doc, id: string, statement: string): void {
  addOutcome(doc, { statement }, null, id);
  doc.transact(() => {
    const outcome = outcomesMap(doc).get(id)!;
    outcome.delete('statementCy');
    outcome.delete('languageChanged');
  });
}

describe('an outcome statement in English and Welsh', () => {
  it('reads an older outcome as having an empty Welsh statement and no marker', () => {
    const doc = new Y.Doc();
    olderOutcome(doc, 'old', 'I can stay in my own home');
    const [outcome] = readFramework(doc);
    expect(outcome).toMatchObject({ statement: 'I can stay in my own home', statementCy: '' });
    expect(languageMarker(outcome!.languageStamps, { en: outcome!.statement, cy: outcome!.statementCy })).toBeNull();
    expect(needsBilingualParts(doc, 'old')).toBe(true);
    expect(languageStampsMap(doc, 'old')).toBeNull();
  });

  it('gives an older outcome its Welsh field and stamps once, keeping what it had', () => {
    const doc = new Y.Doc();
    olderOutcome(doc, 'old', 'I can stay in my own home');
    ensureBilingualStatement(doc, 'old');
    expect(needsBilingualParts(doc, 'old')).toBe(false);
    outcomeText(doc, 'old', 'statementCy').insert(0, 'Gallaf aros yn fy nghartref fy hun');
    ensureBilingualStatement(doc, 'old');
    expect(readFramework(doc)[0]).toMatchObject({ statement: 'I can stay in my own home', statementCy: 'Gallaf aros yn fy nghartref fy hun' });
  });

  it('makes new outcomes with both statements and empty stamps, and copies the Welsh when duplicating', () => {
    const doc = new Y.Doc();
    const id = addOutcome(doc, { statement: 'I see the same carers', statementCy: 'Rwy’n gweld yr un gofalwyr' });
    expect(needsBilingualParts(doc, id)).toBe(false);
    expect(languageStampsMap(doc, id)?.size).toBe(0);
    const copy = duplicateOutcome(doc, id);
    expect(readFramework(doc).find((o) => o.id === copy)).toMatchObject({ statementCy: 'Rwy’n gweld yr un gofalwyr' });
  });
});

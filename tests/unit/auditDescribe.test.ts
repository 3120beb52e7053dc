import { createInstance, type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../client/audit/auditApi.ts';
import { auditNames } from '../../client/audit/auditNames.ts';
import { actorName, describeEvent } from '../../client/audit/describeEvent.ts';
import { reportSentence } from '../../client/audit/reportSentence.ts';
import type { WorkspaceDetail } from '../../client/api/types.ts';
import { cy, en } from '../../client/i18n/resources.ts';

let english: TFunction;
let welsh: TFunction;

beforeAll(async () => {
  const make = async (lng: 'en' | 'cy') => {
    const i18n = createInstance();
    await i18n.init({ resources: { en: { translation: en }, cy: { translation: cy } }, lng, fallbackLng: 'en', interpolation: { escapeValue: false } });
    return i18n.t as TFunction;
  };
  english = await make('en');
  welsh = await make('cy');
});

const cerys = { id: 'u-cerys', name: 'Cerys Commissioner' };
let seq = 0;
const event = (kind: string, details: unknown, subject: string | null = null, actor: AuditEvent['actor'] = cerys): AuditEvent => ({
  seq: ++seq,
  kind,
  actor,
  subject,
  details,
  at: '2026-11-30T12:00:00.000Z',
  previousHash: '0'.repeat(64),
  hash: 'a'.repeat(64),
});

const workspace = {
  id: 'w',
  name: 'Powys 2027',
  model: '2',
  zones: [],
  quadrant: 'analyse',
  role: 'commissioner',
  members: [{ userId: 'u-pedr', displayName: 'Pedr Provider', guest: false, role: 'provider', organisation: null }],
  artefacts: [{ id: 'a-spec', kind: 'specification', title: 'Specification', room: 'r', access: 'edit' }],
} as unknown as WorkspaceDetail;

describe('audit entries in words', () => {
  it('names the document and says each role’s new level, in English and Welsh', () => {
    const access = event('access_changed', { access: { carer: 'view', provider: 'none' } }, 'a-spec');
    const names = auditNames(workspace, [access], english);
    expect(describeEvent(english, access, names)).toBe('Cerys Commissioner changed access to “Specification”: providers cannot see it; carers can view');
    expect(describeEvent(welsh, access, names)).toBe('Newidiodd Cerys Commissioner y mynediad i “Specification”: does dim mynediad i ddarparwyr; gall gofalwyr weld');
  });

  it('finds names in the workspace and in the events themselves, and says so when someone is gone', () => {
    const opened = event('workshop_opened', { title: 'Drop-in', expiresAt: '2026-11-30T13:00:00.000Z' }, 'ws-1');
    const guest = event('member_joined', { role: 'carer', workshopId: 'ws-1' }, 'u-gwen', { id: 'u-gwen', name: 'Gwen' });
    const role = event('member_role_changed', { from: { role: 'provider' }, to: { role: 'commissioner' } }, 'u-pedr');
    const removed = event('member_removed', { role: 'citizen' }, 'u-gone');
    const names = auditNames(workspace, [opened, guest, role, removed], english);
    expect(describeEvent(english, opened, names)).toBe('Cerys Commissioner opened the workshop “Drop-in”');
    expect(describeEvent(english, guest, names)).toBe('Gwen joined the workshop “Drop-in” as carer');
    expect(describeEvent(english, role, names)).toBe('Cerys Commissioner changed the role of Pedr Provider from provider to commissioner');
    expect(describeEvent(welsh, role, names)).toBe('Newidiodd Cerys Commissioner rôl Pedr Provider o ddarparwr i gomisiynydd');
    expect(describeEvent(english, removed, names)).toBe('Cerys Commissioner removed someone no longer in this workspace (citizen) from the workspace');
  });

  it('says automatic versions are Gweithdy’s own, with why and the label', () => {
    const automatic = event('version_created', { version: 3, kind: 'automatic', label: null }, 'a-spec', null);
    const named = event('version_created', { version: 4, kind: 'manual', label: 'Draft v0.3' }, 'a-spec');
    const names = auditNames(workspace, [], english);
    expect(actorName(english, automatic, names)).toBe('Gweithdy, automatically');
    expect(describeEvent(english, automatic, names)).toBe('Gweithdy kept version 3 of “Specification” after edits settled');
    expect(describeEvent(english, named, names)).toBe('Cerys Commissioner kept version 4 of “Specification” on request, named “Draft v0.3”');
    expect(describeEvent(welsh, named, names)).toBe('Cadwodd Cerys Commissioner fersiwn 4 o “Specification” ar gais, o\'r enw “Draft v0.3”');
  });

  it('tells what was decided about citizens’ contributions, with the reasons given', () => {
    const names = auditNames(workspace, [], english);
    const hidden = event('moderation_decided', { callId: 'c1', decision: 'hide', reason: 'Names a member of staff' }, 'k1');
    const answered = event('contribution_answered', { callId: 'c1', answer: 'under_consideration', response: 'We will look at it in March' }, 'k1');
    const promoted = event('contribution_promoted', { callId: 'c1', as: 'indicator', outcomeId: 'o1' }, 'k1');
    const opened = event('call_opened', { title: 'Loneliness', closesAt: '2026-12-24T12:00:00.000Z', public: true }, 'c1');
    expect(describeEvent(english, hidden, names)).toBe('Cerys Commissioner hid a contribution: Names a member of staff');
    expect(describeEvent(welsh, hidden, names)).toBe('Cuddiodd Cerys Commissioner gyfraniad: Names a member of staff');
    expect(describeEvent(english, answered, names)).toBe('Cerys Commissioner answered a contribution: under consideration — We will look at it in March');
    expect(describeEvent(english, promoted, names)).toBe('Cerys Commissioner took a contribution into the outcome framework as an indicator');
    expect(describeEvent(english, opened, names)).toMatch(/^Cerys Commissioner opened the call for contributions “Loneliness”, open until .*2026/);
  });

  it('reads unexpected details and unknown kinds without failing', () => {
    const names = auditNames(null, [], english);
    expect(describeEvent(english, event('access_changed', 'not an object', 'a-x'), names)).toBe(
      'Cerys Commissioner changed access to a document no longer in this workspace: ?',
    );
    expect(describeEvent(english, event('thread_answered', null), names)).toContain('recorded what became of a comment');
    expect(describeEvent(english, event('something_new', {}), names)).toBe('Cerys Commissioner: something_new');
  });
});

describe('the outcome framework in the audit trail', () => {
  it('is named in the reader’s language: its stored title is the English one given when the workspace was made', () => {
    const withFramework = { ...workspace, artefacts: [...workspace.artefacts, { id: 'a-fw', kind: 'outcomes', title: 'Outcome framework', room: 'f', access: 'edit' }] } as unknown as WorkspaceDetail;
    expect(auditNames(withFramework, [], welsh).artefact('a-fw')).toBe('Fframwaith canlyniadau');
    expect(auditNames(withFramework, [], english).artefact('a-fw')).toBe('Outcome framework');
    expect(auditNames(withFramework, [], welsh).artefact('a-spec')).toBe('Specification');
  });
});

describe('what Check the record says', () => {
  const names = auditNames(workspace, [], english);
  const broken = (table: 'audit_events' | 'artefact_versions', problem: 'hash' | 'link' | 'state' | 'sequence', position: number, chain = 'w') => ({
    ok: false,
    checked: { auditEvents: 12, versions: 2 },
    broken: { table, id: 'row', chain, position, problem },
  });

  it('counts what was checked when the record is intact, with Welsh plurals', () => {
    const intact = { ok: true, checked: { auditEvents: 1, versions: 2 }, broken: null };
    expect(reportSentence(english, intact, [], names)).toBe('The record is intact: 1 entry and 2 versions checked, and every seal matches.');
    expect(reportSentence(welsh, intact, [], names)).toBe("Mae'r cofnodion yn gyflawn: gwiriwyd 1 cofnod a 2 o fersiynau, ac mae pob sêl yn cyfateb.");
  });

  it('names a broken version by its number and document', () => {
    expect(reportSentence(english, broken('artefact_versions', 'state', 2, 'a-spec'), [], names)).toBe(
      'The record has been tampered with at version 2 of “Specification”. Its content was changed after it was saved: the content no longer matches its seal.',
    );
    expect(reportSentence(welsh, broken('artefact_versions', 'link', 3, 'a-spec'), [], names)).toBe(
      "Mae rhywun wedi ymyrryd â'r cofnodion yn fersiwn 3 o “Specification”. Dydy hi ddim yn cysylltu â'r fersiwn o'i blaen mwyach: cafodd fersiwn gynharach ei newid neu ei dileu.",
    );
  });

  it('names a broken entry by its number, with what it says when it is loaded', () => {
    const signedIn = { ...event('signed_in', {}), seq: 7 };
    expect(reportSentence(english, broken('audit_events', 'sequence', 7), [signedIn], names)).toBe(
      'The record has been tampered with at entry 7 (Cerys Commissioner signed in). It does not follow on from the entry before it: an entry was removed or added out of turn.',
    );
    expect(reportSentence(english, broken('audit_events', 'link', 9), [signedIn], names)).toBe(
      'The record has been tampered with at entry 9. It no longer joins on to the entry before it: an earlier entry was changed or removed.',
    );
  });
});

import type { Kysely } from 'kysely';
import type { Role } from '../../shared/access.ts';
import { hashPassword } from '../auth/passwords.ts';
import { newId, randomString } from '../auth/tokens.ts';
import { createAccount, findUserByEmail } from '../auth/users.ts';
import { createWorkspace } from '../commands/createWorkspace.ts';
import type { Database } from '../db/schema.ts';
import { roomForArtefact } from '../policies/artefactRooms.ts';
import { KyselyDocumentStore } from '../storage/kyselyDocumentStore.ts';
import * as Y from 'yjs';
import { applyTemplate } from '../../shared/maps/templates.ts';
import { addExampleOutcomes } from '../../shared/outcomes/outcomeDoc.ts';
import { exampleOutcomes } from '../../shared/outcomes/examples.ts';

export const DEMO_WORKSPACE_NAME = 'Home care re-commissioning — North zone 2027 (demo)';

const PEOPLE: Array<{ role: Role; displayName: string; email: string; organisation?: string }> = [
  { role: 'commissioner', displayName: 'Cerys Morgan (commissioner)', email: 'commissioner@demo.gweithdy.invalid' },
  { role: 'provider', displayName: 'Gareth Price (provider)', email: 'provider@demo.gweithdy.invalid', organisation: 'Gofal Cartref Enghreifftiol Cyf' },
  { role: 'service_user', displayName: 'Mair Jones (uses home care)', email: 'service-user@demo.gweithdy.invalid' },
  { role: 'carer', displayName: 'Dewi Jones (carer)', email: 'carer@demo.gweithdy.invalid' },
  { role: 'citizen', displayName: 'Siân Roberts (citizen)', email: 'citizen@demo.gweithdy.invalid' },
];

export interface DemoLogin {
  role: Role;
  email: string;
  password: string;
}

/**
 * One account per role, each with a fresh random password, and a demo
 * workspace with its three kinds of artefact. Re-running resets the passwords
 * and keeps everything else.
 */
export async function seedDemo(db: Kysely<Database>): Promise<{ logins: DemoLogin[]; workspaceId: string }> {
  const logins: DemoLogin[] = [];
  const ids = new Map<Role, string>();
  for (const person of PEOPLE) {
    const password = randomString(10);
    const passwordHash = await hashPassword(password);
    const existing = await findUserByEmail(db, person.email);
    if (existing) await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', existing.id).execute();
    const user = existing ?? (await createAccount(db, { email: person.email, displayName: person.displayName, passwordHash }));
    ids.set(person.role, user.id);
    logins.push({ role: person.role, email: person.email, password });
  }

  const commissionerId = ids.get('commissioner')!;
  const existing = await db.selectFrom('workspaces').select('id').where('name', '=', DEMO_WORKSPACE_NAME).executeTakeFirst();
  if (existing) return { logins, workspaceId: existing.id };

  const { workspace } = await createWorkspace(
    db,
    commissionerId,
    { name: DEMO_WORKSPACE_NAME, model: 'hybrid', zones: ['Arfordir / Coast', 'Mynydd / Upland', 'Tref / Town'], quadrant: 'plan' },
    'Outcome framework',
  );
  const now = new Date().toISOString();
  const organisationId = newId();
  await db.insertInto('organisations').values({ id: organisationId, name: PEOPLE[1]!.organisation!, created_at: now }).execute();
  for (const person of PEOPLE.slice(1)) {
    await db
      .insertInto('memberships')
      .values({
        workspace_id: workspace.id,
        user_id: ids.get(person.role)!,
        role: person.role,
        organisation_id: person.organisation ? organisationId : null,
        created_at: now,
      })
      .execute();
  }
  // The framework starts from the toolkit's examples, written as the commissioner so the update log credits her.
  const framework = new Y.Doc();
  addExampleOutcomes(framework, exampleOutcomes('hybrid', 'en'));
  const outcomesRoom = (await db.selectFrom('artefacts').select('room').where('workspace_id', '=', workspace.id).where('kind', '=', 'outcomes').executeTakeFirstOrThrow()).room;
  await new KyselyDocumentStore(db).appendUpdates([{ documentName: outcomesRoom, seq: 1, update: Y.encodeStateAsUpdate(framework), userId: commissionerId }]);
  framework.destroy();
  for (const [kind, title] of [
    ['map', 'Involvement process map (Tool 19)'],
    ['specification', 'Outcomes-based service specification (Tool 8)'],
  ] as const) {
    const id = newId();
    const room = roomForArtefact(workspace.id, kind, id);
    await db.insertInto('artefacts').values({ id, workspace_id: workspace.id, kind, title, room, created_at: now }).execute();
    if (kind === 'map') {
      // The map starts as the toolkit's three-stage involvement map, credited to the commissioner.
      const map = new Y.Doc();
      applyTemplate(map, 'tool19', 'en');
      await new KyselyDocumentStore(db).appendUpdates([{ documentName: room, seq: 1, update: Y.encodeStateAsUpdate(map), userId: commissionerId }]);
      map.destroy();
    }
  }
  return { logins, workspaceId: workspace.id };
}

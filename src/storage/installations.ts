import type { Updateable } from 'kysely';
import type { Db } from './db.js';
import { parseStoredJson } from './json.js';
import type { InstallationTable } from './schema.js';
import { type Sealer, UnopenableError } from './sealer.js';

export interface StoredInstallation {
  teamId: string;
  enterpriseId: string | null;
  botUserId: string | null;
  installedBy: string | null;
  /** The installation as Bolt gave it, tokens included; sealed before it reaches the database. */
  data: unknown;
}

export async function saveInstallation(
  db: Db,
  sealer: Sealer,
  i: StoredInstallation,
  at: number,
): Promise<void> {
  const { keyId, sealed } = sealer.seal(JSON.stringify(i.data));
  const row = {
    enterprise_id: i.enterpriseId,
    bot_user_id: i.botUserId,
    key_id: keyId,
    sealed,
    installed_by: i.installedBy,
    updated_at: at,
  } satisfies Updateable<InstallationTable>;
  await db
    .insertInto('installations')
    .values({ team_id: i.teamId, installed_at: at, ...row })
    .onConflict((oc) => oc.column('team_id').doUpdateSet(row))
    .execute();
}

export async function findInstallation(db: Db, sealer: Sealer, teamId: string): Promise<unknown | undefined> {
  const row = await db
    .selectFrom('installations')
    .select(['key_id', 'sealed'])
    .where('team_id', '=', teamId)
    .executeTakeFirst();
  if (!row) return undefined;
  const data = parseStoredJson(sealer.open(row.key_id, row.sealed));
  // The parser's own message would quote the text, tokens and all: say only whose it is.
  if (data === undefined)
    throw new UnopenableError(`the stored installation of team ${teamId} is not JSON`, row.key_id);
  return data;
}

/** Every workspace with an installation. */
export async function installedTeams(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('installations').select('team_id').orderBy('team_id').execute();
  return rows.map((r) => r.team_id);
}

export async function deleteInstallation(db: Db, teamId: string): Promise<boolean> {
  const result = await db.deleteFrom('installations').where('team_id', '=', teamId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Seals every installation again under the current key; returns how many changed. */
export async function resealInstallations(db: Db, sealer: Sealer, at: number): Promise<number> {
  const rows = await db
    .selectFrom('installations')
    .select(['team_id', 'key_id', 'sealed'])
    .where('key_id', '!=', sealer.currentKeyId)
    .execute();
  for (const row of rows) {
    const { keyId, sealed } = sealer.seal(sealer.open(row.key_id, row.sealed));
    await db
      .updateTable('installations')
      .set({ key_id: keyId, sealed, updated_at: at })
      .where('team_id', '=', row.team_id)
      .where('key_id', '=', row.key_id)
      .execute();
  }
  return rows.length;
}

import { FORMER_MEMBER } from '../domain/people.js';
import type { Db } from './db.js';
import { tablesOf } from './erase.js';
import type { Database } from './schema.js';

/**
 * Text columns the sweep leaves alone: sealed installations are ciphertext (base64 can hold any
 * short string by chance, and rewriting it would break the seal).
 */
const NOT_SWEPT = new Set(['installations.sealed', 'key_checks.sealed']);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text with every mention and standalone occurrence of the user id made the former member. */
export function withoutUser(text: string, userId: string): string {
  const id = escapeRegExp(userId);
  return text
    .replace(new RegExp(`<@${id}(\\|[^>]*)?>`, 'g'), `<@${FORMER_MEMBER}>`)
    .replace(new RegExp(`(?<![A-Za-z0-9])${id}(?![A-Za-z0-9])`, 'g'), FORMER_MEMBER);
}

/** Every text column of every table that has a team_id, as the live database describes itself. */
async function teamTextColumns(db: Db): Promise<{ table: string; columns: string[] }[]> {
  return (await tablesOf(db))
    .filter((t) => t.columns.includes('team_id'))
    .map((t) => ({
      table: t.name,
      columns: t.textColumns.filter((c) => c !== 'team_id' && !NOT_SWEPT.has(`${t.name}.${c}`)),
    }));
}

export interface ForgetCounts {
  /** Rows removed: names, language choice, admin rights, the departure flag. */
  removed: number;
  /** Cells where the user's id became the former member. */
  rewritten: number;
}

/**
 * Removes what is personal to one user in one workspace: rows that are only about them go; their
 * id elsewhere (authorship, ownership, mentions, the audit trail's JSON) becomes the former member.
 * Runs inside the caller's transaction.
 */
export async function forgetUserRows(
  db: Db,
  teamId: string,
  userId: string,
  at: number,
): Promise<ForgetCounts> {
  let removed = 0;
  const count = (r: { numDeletedRows: bigint }) => {
    removed += Number(r.numDeletedRows);
  };
  for (const table of ['user_names', 'user_languages', 'departed_users', 'strategy_admins'] as const)
    count(
      await db
        .deleteFrom(table)
        .where('team_id', '=', teamId)
        .where('user_id', '=', userId)
        .executeTakeFirst(),
    );
  // One draft per person and strategy: where a former member already left one, the older stays.
  const drafts = await db
    .selectFrom('assessment_drafts')
    .select('strategy_id')
    .where('team_id', '=', teamId)
    .where('user_id', '=', FORMER_MEMBER)
    .execute();
  if (drafts.length > 0)
    count(
      await db
        .deleteFrom('assessment_drafts')
        .where('team_id', '=', teamId)
        .where('user_id', '=', userId)
        .where(
          'strategy_id',
          'in',
          drafts.map((d) => d.strategy_id),
        )
        .executeTakeFirst(),
    );
  // Direct messages already sent to them: the record only kept them from being sent twice. One
  // still under way is left to finish and is then rewritten like the rest.
  count(
    await db
      .deleteFrom('deliveries')
      .where('team_id', '=', teamId)
      .where('recipient', '=', userId)
      .where('state', '!=', 'claimed')
      .executeTakeFirst(),
  );
  // A phase without an owner asks for one; a metric must have one, so the former member keeps it,
  // flagged "owner left" like anyone deactivated.
  await db
    .updateTable('phases')
    .set({ owner_id: null, updated_at: at })
    .where('team_id', '=', teamId)
    .where('owner_id', '=', userId)
    .execute();
  await db
    .updateTable('installations')
    .set({ installed_by: null })
    .where('team_id', '=', teamId)
    .where('installed_by', '=', userId)
    .execute();
  const owned = await db
    .selectFrom('metrics')
    .select('id')
    .where('team_id', '=', teamId)
    .where('owner_id', '=', userId)
    .executeTakeFirst();
  if (owned)
    await db
      .insertInto('departed_users')
      .values({ team_id: teamId, user_id: FORMER_MEMBER, left_at: at })
      .onConflict((oc) => oc.columns(['team_id', 'user_id']).doNothing())
      .execute();

  // Everything else, found from the schema itself, so tables added later are covered too. A cell
  // is rewritten by its value: every cell holding the same text gets the same new text.
  let rewritten = 0;
  for (const { table, columns } of await teamTextColumns(db)) {
    for (const column of columns) {
      const t = table as keyof Database;
      const rows = (await db
        .selectFrom(t)
        .select(`${column} as v` as never)
        .distinct()
        .where('team_id' as never, '=', teamId as never)
        .where(column as never, 'like', `%${userId}%` as never)
        .execute()) as unknown as { v: string }[];
      for (const { v } of rows) {
        const next = withoutUser(v, userId);
        if (next === v) continue;
        const r = await db
          .updateTable(t)
          .set({ [column]: next } as never)
          .where('team_id' as never, '=', teamId as never)
          .where(column as never, '=', v as never)
          .executeTakeFirst();
        rewritten += Number(r.numUpdatedRows);
      }
    }
  }
  return { removed, rewritten };
}

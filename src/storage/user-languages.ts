import { isLanguage } from '../domain/language.js';
import type { Language } from '../domain/strategy.js';
import type { Db } from './db.js';
import type { Scope } from './strategies.js';

/** The language this person chose in this workspace; undefined when they have chosen none. */
export async function findUserLanguage(db: Db, scope: Scope, userId: string): Promise<Language | undefined> {
  const row = await db
    .selectFrom('user_languages')
    .select('language')
    .where('team_id', '=', scope.teamId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  // A value this version does not speak reads as no choice: the defaults still answer.
  return isLanguage(row?.language) ? row.language : undefined;
}

export async function saveUserLanguage(
  db: Db,
  scope: Scope,
  userId: string,
  language: Language,
  at: number,
): Promise<void> {
  await db
    .insertInto('user_languages')
    .values({ team_id: scope.teamId, user_id: userId, language, updated_at: at })
    .onConflict((oc) => oc.columns(['team_id', 'user_id']).doUpdateSet({ language, updated_at: at }))
    .execute();
}

export async function deleteUserLanguage(db: Db, scope: Scope, userId: string): Promise<void> {
  await db
    .deleteFrom('user_languages')
    .where('team_id', '=', scope.teamId)
    .where('user_id', '=', userId)
    .execute();
}

/**
 * The person's own choice and the language of the strategy a reply is about, in one statement:
 * what decides the language of nearly every reply.
 */
export async function findReplyLanguages(
  db: Db,
  scope: Scope,
  userId: string,
  strategy: { id: string } | { channelId: string },
): Promise<{ chosen: Language | undefined; ofStrategy: Language | undefined }> {
  const row = await db
    .selectNoFrom((eb) => [
      eb
        .selectFrom('user_languages')
        .select('language')
        .where('team_id', '=', scope.teamId)
        .where('user_id', '=', userId)
        .as('chosen'),
      eb
        .selectFrom('strategies')
        .select('language')
        .where('team_id', '=', scope.teamId)
        .where((w) =>
          'id' in strategy ? w('id', '=', strategy.id) : w('channel_id', '=', strategy.channelId),
        )
        .as('of_strategy'),
    ])
    .executeTakeFirstOrThrow();
  return {
    chosen: isLanguage(row.chosen) ? row.chosen : undefined,
    ofStrategy: row.of_strategy ?? undefined,
  };
}

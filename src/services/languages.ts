import type { LanguageChoice } from '../domain/language.js';
import { type Actor, canManageStrategy } from '../domain/permissions.js';
import type { Language, Strategy } from '../domain/strategy.js';
import { recordAudit } from '../storage/audit.js';
import { findStrategyLanguage, updateStrategyLanguage } from '../storage/strategies.js';
import {
  deleteUserLanguage,
  findReplyLanguages,
  findUserLanguage,
  saveUserLanguage,
} from '../storage/user-languages.js';
import type { ServiceDeps } from './deps.js';

/** The language a person chose for what only they see; undefined when they have chosen none. */
export function languageChoice(
  deps: ServiceDeps,
  teamId: string,
  userId: string,
): Promise<Language | undefined> {
  return findUserLanguage(deps.db, { teamId }, userId);
}

/** A person's own language, or `auto` to follow the defaults again. */
export async function chooseLanguage(
  deps: ServiceDeps,
  input: { teamId: string; userId: string; choice: LanguageChoice },
): Promise<void> {
  const scope = { teamId: input.teamId };
  if (input.choice === 'auto') await deleteUserLanguage(deps.db, scope, input.userId);
  else await saveUserLanguage(deps.db, scope, input.userId, input.choice, deps.clock.now().getTime());
}

/** The person's own choice and the language of the strategy named, read together. */
export function replyLanguages(
  deps: ServiceDeps,
  teamId: string,
  userId: string,
  where: { id: string } | { channelId: string },
): Promise<{ chosen: Language | undefined; ofStrategy: Language | undefined }> {
  return findReplyLanguages(deps.db, { teamId }, userId, where);
}

export type StrategyLanguageResult =
  | { kind: 'changed'; strategy: Strategy }
  | { kind: 'unchanged' }
  | { kind: 'forbidden' };

/** The language of the strategy's channel posts, plan and canvas; its admins choose it. */
export async function setStrategyLanguage(
  deps: ServiceDeps,
  strategy: Strategy,
  actor: Actor,
  language: Language,
): Promise<StrategyLanguageResult> {
  if (!canManageStrategy(strategy, actor)) return { kind: 'forbidden' };
  const at = deps.clock.now().getTime();
  const scope = { teamId: strategy.teamId };
  const changed = await deps.db.transaction().execute(async (trx) => {
    const before = await findStrategyLanguage(trx, scope, { id: strategy.id }, { forChange: true });
    if (!(await updateStrategyLanguage(trx, scope, strategy.id, language, at))) return false;
    await recordAudit(trx, {
      teamId: strategy.teamId,
      strategyId: strategy.id,
      actorId: actor.userId,
      action: 'strategy.language_changed',
      before: { language: before },
      after: { language },
      at,
    });
    return true;
  });
  return changed ? { kind: 'changed', strategy: { ...strategy, language } } : { kind: 'unchanged' };
}

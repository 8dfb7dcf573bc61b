import type { WebClient } from '@slack/web-api';
import { PHASE_KEYS, type PhaseKey } from '../domain/method.js';
import { type PhaseNames, phaseNumber, resolvePhase } from '../domain/phases.js';
import type { Language, Strategy } from '../domain/strategy.js';
import { messages } from '../i18n/index.js';
import type { PhaseUpdateResult } from '../services/phases.js';
import { escapeMrkdwn } from '../views/escape.js';
import { newOwnerMessage, previousOwnerMessage } from '../views/phases.js';
import type { SlackDeps } from './deps.js';
import { publishHome } from './home.js';
import { slackErrorCode } from './slack-errors.js';

// What the phase listeners share: naming a phase, vetting an owner, explaining a refusal, and
// telling the people concerned once a change is saved.

/** A phase answers to its English and Finnish names whatever the caller's language. */
export const PHASE_NAMES: PhaseNames = Object.fromEntries(
  PHASE_KEYS.map((key) => [key, [messages('en').phases[key].name, messages('fi').phases[key].name]]),
) as unknown as PhaseNames;

export type NamedPhase = { key: PhaseKey } | { error: string };

export function namePhase(language: Language, text: string): NamedPhase {
  const found = resolvePhase(text, PHASE_NAMES);
  if (found.kind === 'found') return { key: found.key };
  const m = messages(language);
  const list = PHASE_KEYS.map((k) => `${phaseNumber(k)} \`${k}\` (${m.phases[k].name})`).join(', ');
  return {
    error: [
      m.phase.unknown(escapeMrkdwn(text)),
      found.suggestion && m.phase.didYouMean(found.suggestion),
      m.phase.known(list),
    ]
      .filter(Boolean)
      .join(' '),
  };
}

/** Why a user cannot own a phase (a bot, deactivated, unknown), or undefined when they can. */
export async function ownerProblem(
  deps: SlackDeps,
  client: WebClient,
  teamId: string,
  userId: string,
  language: Language,
): Promise<string | undefined> {
  const m = messages(language);
  let user: Awaited<ReturnType<typeof deps.users.get>>;
  try {
    user = await deps.users.get(client, teamId, userId);
  } catch (error) {
    // Only Slack's own "no such user" is an answer; anything else (a network fault) is a failure.
    const code = slackErrorCode(error);
    if (code === 'user_not_found' || code === 'user_not_visible') return m.phase.unknownUser(userId);
    throw error;
  }
  if (user.isBot) return m.phase.botUser(userId);
  if (user.deleted) return m.phase.deactivatedUser(userId);
  return undefined;
}

/** A refusal that names who may do it instead. */
export function refusalText(
  language: Language,
  strategy: Strategy,
  result: Extract<PhaseUpdateResult, { kind: 'forbidden' }>,
): string {
  const m = messages(language);
  const admins = strategy.admins.map((u) => `<@${u}>`).join(', ');
  return result.need === 'manager'
    ? m.phase.onlyManagers(admins)
    : m.phase.onlyEditors(result.phase.ownerId, admins);
}

/**
 * After a saved change: the new and the previous owner are told by DM (once each), and the App
 * Home of everyone whose phases changed is rebuilt. The change is already saved, so a notice that
 * fails is logged rather than reported as a failed change.
 */
export async function announcePhaseChange(
  deps: SlackDeps,
  client: WebClient,
  strategy: Strategy,
  result: Extract<PhaseUpdateResult, { kind: 'updated' }>,
  actorId: string,
  options: { homeOf?: string } = {},
): Promise<void> {
  const { before, after } = result;
  const teamId = strategy.teamId;
  const work: Array<Promise<unknown>> = [];
  if (result.changed.includes('ownerId')) {
    if (after.ownerId) {
      const owner = after.ownerId;
      work.push(
        deps.languages
          .of(client, teamId, owner, { strategy })
          .then((lang) =>
            client.chat.postMessage({ channel: owner, ...newOwnerMessage(lang, strategy, after, actorId) }),
          ),
      );
    }
    if (before.ownerId) {
      const previous = before.ownerId;
      work.push(
        deps.languages.of(client, teamId, previous, { strategy }).then((lang) =>
          client.chat.postMessage({
            channel: previous,
            ...previousOwnerMessage(lang, strategy, after, actorId),
          }),
        ),
      );
    }
  }
  const homes = new Set(
    [before.ownerId, after.ownerId, options.homeOf].filter((u): u is string => Boolean(u)),
  );
  for (const userId of homes) work.push(publishHome(deps, client, teamId, userId));
  const results = await Promise.allSettled(work);
  for (const r of results) {
    if (r.status === 'rejected')
      deps.logger.warn(
        { err: r.reason, teamId, phase: after.key },
        'could not tell someone about a phase change',
      );
  }
}

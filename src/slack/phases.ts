import type { View } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import { PHASE_KEYS, type PhaseKey } from '../domain/method.js';
import type { Actor } from '../domain/permissions.js';
import { type PhaseNames, phaseNumber, resolvePhase } from '../domain/phases.js';
import type { Language, Strategy } from '../domain/strategy.js';
import { messages } from '../i18n/index.js';
import { phaseWindowContent } from '../services/phase-content.js';
import { type PhaseUpdateResult, phaseToEdit } from '../services/phases.js';
import type { Message } from '../views/blocks.js';
import { escapeMrkdwn } from '../views/escape.js';
import { newOwnerMessage, phaseModal, previousOwnerMessage } from '../views/phases.js';
import type { SlackDeps } from './deps.js';
import { publishHomes } from './home.js';
import { classifySlackError, failureCode, slackErrorCode } from './slack-errors.js';

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
 * The phase window for someone who may change the phase, with what the phase holds; the refusal
 * naming who may otherwise.
 */
export async function phaseWindow(
  deps: SlackDeps,
  strategy: Strategy,
  key: PhaseKey,
  actor: Actor,
  language: Language,
): Promise<{ view: View } | { refusal: string }> {
  const [edit, content] = await Promise.all([
    phaseToEdit(deps, { strategy, key, actor }),
    phaseWindowContent(deps, strategy),
  ]);
  if (edit.kind === 'forbidden') return { refusal: refusalText(language, strategy, edit) };
  return {
    view: phaseModal(language, { strategy, phase: edit.phase, canReassign: edit.canReassign, content }),
  };
}

/** An owner the change was not told to by DM, and Slack's reason. */
export interface NotTold {
  userId: string;
  reason: string;
}

/**
 * After a saved change: the new and the previous owner are told by DM (once each), and the App
 * Home of everyone whose phases changed is rebuilt. The change is already saved, so nothing here
 * fails it: a home that cannot be rebuilt is logged, and the owners no DM reached are returned,
 * for whoever made the change to be told.
 */
export async function announcePhaseChange(
  deps: SlackDeps,
  client: WebClient,
  strategy: Strategy,
  result: Extract<PhaseUpdateResult, { kind: 'updated' }>,
  actorId: string,
  /** previousLeft: the previous owner was deactivated, and a DM to them would go nowhere. */
  options: { homeOf?: string; previousLeft?: boolean } = {},
): Promise<NotTold[]> {
  const { before, after } = result;
  const teamId = strategy.teamId;
  const dm = async (userId: string, message: (language: Language) => Message) => {
    try {
      const language = await deps.languages.of(client, teamId, userId, { strategy });
      await client.chat.postMessage({ channel: userId, ...message(language) });
      return undefined;
    } catch (err) {
      const reason = failureCode(classifySlackError(err));
      deps.logger.warn(
        { err, teamId, phase: after.key, reason },
        'could not tell an owner about a phase change',
      );
      return { userId, reason };
    }
  };
  const dms: Array<Promise<NotTold | undefined>> = [];
  if (result.changed.includes('ownerId')) {
    if (after.ownerId) dms.push(dm(after.ownerId, (l) => newOwnerMessage(l, strategy, after, actorId)));
    if (before.ownerId && !options.previousLeft)
      dms.push(dm(before.ownerId, (l) => previousOwnerMessage(l, strategy, after, actorId)));
  }
  // The owners' own items changed, and so did the health its admins see in their overview.
  const homes = [before.ownerId, after.ownerId, options.homeOf, ...strategy.admins].filter((u): u is string =>
    Boolean(u),
  );
  await publishHomes(deps, client, teamId, homes);
  return (await Promise.all(dms)).filter((n): n is NotTold => n !== undefined);
}

/** What to tell whoever made a saved change that some owners could not be told about. */
export function notToldText(language: Language, notTold: NotTold[]): string {
  const m = messages(language).posting;
  return [m.phaseSaved, ...notTold.map((n) => m.ownerNotTold(n.userId, n.reason))].join(' ');
}

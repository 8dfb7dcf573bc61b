import type {
  AllMiddlewareArgs,
  BlockAction,
  ButtonAction,
  SlackActionMiddlewareArgs,
  UsersSelectAction,
} from '@slack/bolt';
import { localDate } from '../../../domain/dates.js';
import type { NudgeLine } from '../../../domain/nudges.js';
import { isPhaseKey } from '../../../domain/phases.js';
import type { Strategy } from '../../../domain/strategy.js';
import { messages } from '../../../i18n/index.js';
import { disownNudges, nudgeLinesNow, snoozeNudges } from '../../../services/nudges.js';
import { changePhase } from '../../../services/phases.js';
import { strategyNamed } from '../../../services/strategies.js';
import {
  type NudgeRef,
  nudgeLinesMessage,
  reassignedMessage,
  reassignRequestMessage,
} from '../../../views/nudges.js';
import type { PhaseRef } from '../../../views/phases.js';
import type { SlackDeps } from '../../deps.js';
import { announcePhaseChange, notToldText, ownerProblem, refusalText } from '../../phases.js';
import { readMetadata } from '../../view-state.js';
import { workspaceOf } from '../../workspace.js';

// The buttons of an owner's nudge (Mark done, Snooze a week, Not mine: "Open the phase" is the
// phase edit button), each rewriting the nudge in place; and the admins' select that reassigns a
// phase its owner disowned.

type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;
type SelectArgs = SlackActionMiddlewareArgs<BlockAction<UsersSelectAction>> & AllMiddlewareArgs;

async function clicked(deps: SlackDeps, { body, action, client }: ButtonArgs) {
  const ref = readMetadata<NudgeRef>(action.value);
  const teamId = workspaceOf(body);
  if (!isPhaseKey(ref.k)) return undefined;
  const strategy = await strategyNamed(deps, teamId, ref.s);
  if (!strategy) return undefined;
  const userId = body.user.id;
  const [language, actor, user] = await Promise.all([
    deps.languages.of(client, teamId, userId, { strategy }),
    deps.users.actor(client, teamId, userId),
    deps.users.get(client, teamId, userId),
  ]);
  const listed = (Array.isArray(ref.ks) ? ref.ks : []).filter(isPhaseKey);
  return {
    strategy,
    key: ref.k,
    listed: listed.includes(ref.k) ? listed : [...listed, ref.k],
    userId,
    language,
    actor,
    // The owner's calendar, as their nudges follow it.
    timeZone: user.timeZone ?? strategy.timeZone,
  };
}

type Clicked = NonNullable<Awaited<ReturnType<typeof clicked>>>;

/** Rewrites the nudge with every phase it lists as it stands now; `justDone` was marked done here. */
async function redraw(deps: SlackDeps, args: ButtonArgs, c: Clicked, justDone?: string): Promise<void> {
  const today = localDate(deps.clock.now(), c.timeZone);
  const lines = (await nudgeLinesNow(deps, c.strategy, c.listed, c.userId, today)).map(
    (l): NudgeLine =>
      l.phase === justDone && l.state === 'done' ? { phase: l.phase, state: 'marked_done' } : l,
  );
  await args.respond({ replace_original: true, ...nudgeLinesMessage(c.language, c.strategy, lines) });
}

const refuse = (args: ButtonArgs, text: string) =>
  args.respond({ response_type: 'ephemeral', replace_original: false, text });

/** "Mark done": the phase is done, as if its owner had set it so in the phase window. */
export function makeNudgeDone(deps: SlackDeps) {
  return async (args: ButtonArgs): Promise<void> => {
    await args.ack();
    const c = await clicked(deps, args);
    if (!c) return;
    const result = await changePhase(deps, {
      strategy: c.strategy,
      key: c.key,
      actor: c.actor,
      change: { status: 'done' },
    });
    if (result.kind === 'forbidden') {
      await refuse(args, refusalText(c.language, c.strategy, result));
      return;
    }
    await redraw(deps, args, c, c.key);
    if (result.kind === 'updated') {
      const notTold = await announcePhaseChange(deps, args.client, c.strategy, result, c.userId, {
        homeOf: c.userId,
      });
      if (notTold.length > 0) await refuse(args, notToldText(c.language, notTold));
    }
  };
}

/** "Snooze a week": no nudge about the phase for seven days. */
export function makeNudgeSnooze(deps: SlackDeps) {
  return async (args: ButtonArgs): Promise<void> => {
    await args.ack();
    const c = await clicked(deps, args);
    if (!c) return;
    const result = await snoozeNudges(deps, { ...c, timeZone: c.timeZone });
    if (result.kind === 'not_owner') {
      await refuse(args, messages(c.language).nudges.onlyOwner);
      return;
    }
    if (result.kind === 'done') await redraw(deps, args, c);
  };
}

/** "Not mine": the nudges about the phase stop, and each admin gets a select to reassign it. */
export function makeNudgeNotMine(deps: SlackDeps) {
  return async (args: ButtonArgs): Promise<void> => {
    await args.ack();
    const c = await clicked(deps, args);
    if (!c) return;
    const result = await disownNudges(deps, c);
    if (result.kind === 'not_owner') {
      await refuse(args, messages(c.language).nudges.onlyOwner);
      return;
    }
    if (result.kind !== 'done') return;
    await redraw(deps, args, c);
    await askAdmins(deps, args, c.strategy, c);
  };
}

async function askAdmins(deps: SlackDeps, args: ButtonArgs, strategy: Strategy, c: Clicked): Promise<void> {
  const teamId = strategy.teamId;
  const others = strategy.admins.filter((a) => a !== c.userId);
  // An owner who is the only admin still gets the select: someone has to pick the new owner.
  const admins = others.length > 0 ? others : [c.userId];
  const asked = await Promise.allSettled(
    admins.map(async (admin) => {
      const language = await deps.languages.of(args.client, teamId, admin, { strategy });
      await args.client.chat.postMessage({
        channel: admin,
        ...reassignRequestMessage(language, strategy, c.key, c.userId),
      });
    }),
  );
  for (const r of asked)
    if (r.status === 'rejected')
      deps.logger.warn({ err: r.reason, teamId, phase: c.key }, 'could not ask an admin to reassign a phase');
}

/** An admin picks the new owner of a phase its owner disowned. */
export function makeNudgeReassign(deps: SlackDeps) {
  return async ({ ack, body, action, client, respond }: SelectArgs): Promise<void> => {
    await ack();
    const ref = readMetadata<PhaseRef>(action.block_id);
    const teamId = workspaceOf(body);
    const strategy = isPhaseKey(ref.k) ? await strategyNamed(deps, teamId, ref.s) : undefined;
    const owner = action.selected_user;
    if (!strategy || !isPhaseKey(ref.k) || !owner) return;
    const key = ref.k;
    const userId = body.user.id;
    const [language, actor] = await Promise.all([
      deps.languages.of(client, teamId, userId, { strategy }),
      deps.users.actor(client, teamId, userId),
    ]);
    const say = (text: string) => respond({ response_type: 'ephemeral', replace_original: false, text });
    const problem = await ownerProblem(deps, client, teamId, owner, language);
    if (problem) {
      await say(problem);
      return;
    }
    const result = await changePhase(deps, { strategy, key, actor, change: { ownerId: owner } });
    const m = messages(language).nudges;
    switch (result.kind) {
      case 'forbidden':
        await say(refusalText(language, strategy, result));
        return;
      case 'unchanged':
        await respond({
          replace_original: true,
          ...reassignedMessage(language, key, (phase) => m.alreadyReassigned(phase, owner)),
        });
        return;
      case 'updated': {
        await respond({
          replace_original: true,
          ...reassignedMessage(language, key, (phase) => m.reassigned(phase, owner, userId)),
        });
        const notTold = await announcePhaseChange(deps, client, strategy, result, userId);
        if (notTold.length > 0) await say(notToldText(language, notTold));
        return;
      }
      default:
        return;
    }
  };
}

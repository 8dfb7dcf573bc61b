import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { canManageStrategy } from '../../../domain/permissions.js';
import type { Strategy } from '../../../domain/strategy.js';
import { canonicalTimeZone } from '../../../domain/time-zones.js';
import { messages } from '../../../i18n/index.js';
import { strategyNamed } from '../../../services/strategies.js';
import { LIMITS, modal } from '../../../views/blocks.js';
import { STRATEGY_IDS } from '../../../views/ids.js';
import { settingsModal } from '../../../views/settings.js';
import { tellActor } from '../../after-ack.js';
import { archivedRefusal } from '../../command-request.js';
import type { SlackDeps } from '../../deps.js';
import { publishHome } from '../../home.js';
import { publishPlan } from '../../plan.js';
import { renderStatus } from '../../status.js';
import { workspaceOf } from '../../workspace.js';
import { mentionList } from '../commands/admin.js';
import { planOutcome } from '../commands/plan.js';

type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

type HomeRun = (
  deps: SlackDeps,
  args: ButtonArgs,
  c: { strategy: Strategy; teamId: string; userId: string; language: 'fi' | 'en' },
) => Promise<void>;

/**
 * A button of one strategy in the lead's overview; its value is the strategy id, looked up in the
 * clicker's workspace, and one of a private channel answers only the channel's members.
 */
function onHomeStrategy(deps: SlackDeps, run: HomeRun) {
  return async (args: ButtonArgs) => {
    await args.ack();
    const { body, action, client } = args;
    const teamId = workspaceOf(body);
    const userId = body.user.id;
    const strategy = await strategyNamed(deps, teamId, action.value);
    if (!strategy || !(await deps.channels.visibleTo(client, teamId, strategy.channelId, userId))) return;
    const language = await deps.languages.of(client, teamId, userId, { strategy });
    await run(deps, args, { strategy, teamId, userId, language });
  };
}

/** Status, read-only in a window: its buttons belong to the channel, where they know their strategy. */
const showStatus: HomeRun = async (deps, { client, body }, { strategy, language }) => {
  const status = await renderStatus(deps, strategy, language);
  const blocks = status.blocks.filter((b) => b.type !== 'actions').slice(0, LIMITS.modalBlocks);
  const m = messages(language).leadHome;
  await client.views.open({
    trigger_id: body.trigger_id,
    view: modal({ callbackId: STRATEGY_IDS.statusView, title: m.statusTitle, close: m.close, blocks }),
  });
};

const openSettings: HomeRun = async (deps, { client, body }, { strategy, teamId, userId, language }) => {
  const who = { client, teamId, userId, language };
  const actor = await deps.users.actor(client, teamId, userId);
  if (!canManageStrategy(strategy, actor))
    return tellActor(deps.logger, who, messages(language).lifecycle.forbidden(mentionList(strategy.admins)));
  if (strategy.state === 'archived') return tellActor(deps.logger, who, archivedRefusal(language, strategy));
  const person = await deps.users.get(client, teamId, userId);
  const zone = person.timeZone ? canonicalTimeZone(person.timeZone) : undefined;
  await client.views.open({ trigger_id: body.trigger_id, view: settingsModal(language, strategy, zone) });
};

/** The plan posted in the strategy's channel; how it went comes by DM, App Home having no thread. */
const postPlan: HomeRun = async (deps, { client }, { strategy, teamId, userId, language }) => {
  const result = await publishPlan(deps, client, strategy, userId);
  await tellActor(
    deps.logger,
    { client, teamId, userId, language },
    planOutcome(language, result, strategy.channelId),
  );
};

export function registerLeadHome(app: import('@slack/bolt').App, deps: SlackDeps): void {
  app.action(STRATEGY_IDS.homeStatus, onHomeStrategy(deps, showStatus));
  app.action(STRATEGY_IDS.homeSettings, onHomeStrategy(deps, openSettings));
  app.action(STRATEGY_IDS.homePlan, onHomeStrategy(deps, postPlan));
  app.action(STRATEGY_IDS.homePage, async ({ ack, body, action, client }: ButtonArgs) => {
    await ack();
    const page = Number(action.value);
    await publishHome(deps, client, workspaceOf(body), body.user.id, {
      page: Number.isInteger(page) ? page : 0,
    });
  });
}

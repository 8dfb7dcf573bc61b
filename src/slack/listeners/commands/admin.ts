import type { WebClient } from '@slack/web-api';
import type { Strategy } from '../../../domain/strategy.js';
import { fold } from '../../../domain/text.js';
import { messages } from '../../../i18n/index.js';
import { changeAdmin } from '../../../services/lifecycle.js';
import { escapeMrkdwn } from '../../../views/escape.js';
import { archivedRefusal, type CommandRequest, ephemeral, withStrategy } from '../../command-request.js';
import { firstMention } from '../../command-text.js';
import type { SlackDeps } from '../../deps.js';
import { publishHomes } from '../../home.js';
import { slackErrorCode } from '../../slack-errors.js';

const VERBS = new Map([
  ['add', 'add'],
  ['lisaa', 'add'],
  ['remove', 'remove'],
  ['poista', 'remove'],
  ['list', 'list'],
  ['lista', 'list'],
  ['', 'list'],
] as const);

const verbOf = (req: CommandRequest) => VERBS.get(fold(req.rest.split(/\s+/, 1)[0] ?? '') as 'add');

export const mentionList = (users: readonly string[]) => users.map((u) => `<@${u}>`).join(', ');

/** Why the person cannot be an admin (a bot, deactivated, unknown), or nothing. */
async function adminProblem(
  deps: SlackDeps,
  req: CommandRequest,
  userId: string,
): Promise<string | undefined> {
  const m = messages(req.language).admins;
  try {
    const user = await deps.users.get(req.client, req.teamId, userId);
    if (user.isBot) return m.botUser(userId);
    if (user.deleted) return m.deactivatedUser(userId);
    return undefined;
  } catch (err) {
    const code = slackErrorCode(err);
    if (code === 'user_not_found' || code === 'user_not_visible') return m.unknownUser(userId);
    throw err;
  }
}

/** A DM to the person added or removed, in their own language; whether it reached them. */
async function tell(
  deps: SlackDeps,
  client: WebClient,
  strategy: Strategy,
  userId: string,
  text: (language: ReturnType<typeof messages>) => string,
): Promise<boolean> {
  try {
    const language = await deps.languages.of(client, strategy.teamId, userId, { strategy });
    await client.chat.postMessage({ channel: userId, text: text(messages(language)) });
    return true;
  } catch (err) {
    deps.logger.warn(
      { err, teamId: strategy.teamId },
      'could not tell someone they were made or unmade an admin',
    );
    return false;
  }
}

/** `admin add @person`, `admin remove @person`, `admin list` (also with no verb). */
export const admin = withStrategy(
  async (deps, req, strategy) => {
    const m = messages(req.language);
    const verb = verbOf(req);
    if (verb === 'list')
      return ephemeral(req, m.admins.list(escapeMrkdwn(strategy.name), mentionList(strategy.admins)));
    if (strategy.state === 'archived') return ephemeral(req, archivedRefusal(req.language, strategy));
    const mention = firstMention(req.restParts);
    if (!verb || !mention) return ephemeral(req, m.admins.usage);
    if (verb === 'add') {
      const problem = await adminProblem(deps, req, mention.userId);
      if (problem) return ephemeral(req, problem);
    }
    const actor = await deps.users.actor(req.client, req.teamId, req.userId);
    const change = verb === 'add' ? { add: mention.userId } : { remove: mention.userId };
    const result = await changeAdmin(deps, strategy, actor, change);
    switch (result.kind) {
      case 'gone':
        return ephemeral(req, m.lifecycle.gone);
      case 'forbidden':
        return ephemeral(req, m.lifecycle.forbidden(mentionList(strategy.admins)));
      case 'archived':
        return ephemeral(req, archivedRefusal(req.language, strategy));
      case 'last_admin':
        return ephemeral(req, m.admins.lastAdmin(mention.userId));
      case 'unchanged':
        return ephemeral(
          req,
          verb === 'add' ? m.admins.alreadyAdmin(mention.userId) : m.admins.notAdmin(mention.userId),
        );
      case 'done': {
        const name = escapeMrkdwn(result.strategy.name);
        const told = await tell(deps, req.client, result.strategy, mention.userId, (t) =>
          verb === 'add'
            ? t.admins.toldAdded(req.userId, name, strategy.channelId)
            : t.admins.toldRemoved(req.userId, name, strategy.channelId),
        );
        // Their App Home gains or loses the strategy's overview.
        await publishHomes(deps, req.client, req.teamId, [mention.userId]);
        const done = verb === 'add' ? m.admins.added(mention.userId) : m.admins.removed(mention.userId);
        return ephemeral(req, told ? done : `${done} ${m.admins.notTold(mention.userId)}`);
      }
    }
  },
  { reads: () => true },
);

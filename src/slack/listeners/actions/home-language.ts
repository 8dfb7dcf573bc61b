import type {
  AllMiddlewareArgs,
  BlockAction,
  SlackActionMiddlewareArgs,
  StaticSelectAction,
} from '@slack/bolt';
import { isLanguageChoice } from '../../../domain/language.js';
import { chooseLanguage } from '../../../services/languages.js';
import type { SlackDeps } from '../../deps.js';
import { publishHome } from '../../home.js';
import { workspaceOf } from '../../workspace.js';

/** App Home's language select: the viewer's own language is saved, and App Home is redrawn in it. */
export function makeHomeLanguage(deps: SlackDeps) {
  return async ({
    ack,
    body,
    action,
    client,
  }: SlackActionMiddlewareArgs<BlockAction<StaticSelectAction>> & AllMiddlewareArgs) => {
    await ack();
    const choice = action.selected_option?.value;
    if (!isLanguageChoice(choice)) return;
    const teamId = workspaceOf(body);
    await chooseLanguage(deps, { teamId, userId: body.user.id, choice });
    await publishHome(deps, client, teamId, body.user.id);
  };
}

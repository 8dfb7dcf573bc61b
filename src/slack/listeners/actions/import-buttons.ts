import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { cancelImport, confirmImport } from '../../../services/metric-imports.js';
import { importOutcomeText } from '../../../views/metric-import.js';
import type { SlackDeps } from '../../deps.js';
import { workspaceOf } from '../../workspace.js';

/**
 * The Import and Cancel buttons under the preview of a file sent to the app's DM: the preview
 * message becomes what was done. Only the person who sent the file can confirm it.
 */
export function makeImportButton(deps: SlackDeps, choice: 'confirm' | 'cancel') {
  return async ({
    ack,
    body,
    action,
    respond,
    client,
  }: SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs) => {
    await ack();
    const teamId = workspaceOf(body);
    const input = { teamId, userId: body.user.id, importId: action.value };
    const result = choice === 'confirm' ? await confirmImport(deps, input) : await cancelImport(deps, input);
    const strategy = result.kind === 'imported' ? result.strategy : undefined;
    const language = await deps.languages.of(client, teamId, body.user.id, { strategy });
    await respond({ replace_original: true, text: importOutcomeText(language, result) });
  };
}

import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';
import { assess } from '../commands/assess.js';
import { checkin } from '../commands/checkin.js';
import { plan } from '../commands/plan.js';
import { start } from '../commands/start.js';
import { status } from '../commands/status.js';
import type { Subcommand } from '../commands/types.js';
import { commandRequestOf } from './command-request.js';

/** The help's buttons do what the typed command would, for the channel the help was shown in. */
export function makeHelpButton(deps: SlackDeps, subcommand: Subcommand) {
  return async (args: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    await args.ack();
    const req = await commandRequestOf(deps, args);
    if (req) await subcommand(deps, req);
  };
}

export const helpStart = (deps: SlackDeps) => makeHelpButton(deps, start);
export const helpStatus = (deps: SlackDeps) => makeHelpButton(deps, status);
export const helpAssess = (deps: SlackDeps) => makeHelpButton(deps, assess);
export const helpCheckin = (deps: SlackDeps) => makeHelpButton(deps, checkin);
export const helpPlan = (deps: SlackDeps) => makeHelpButton(deps, plan);

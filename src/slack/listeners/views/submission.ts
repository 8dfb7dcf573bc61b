import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Language, Strategy } from '../../../domain/strategy.js';
import { strategyNamed } from '../../../services/strategies.js';
import { postForActor } from '../../after-ack.js';
import type { SlackDeps } from '../../deps.js';
import { readMetadata, type ViewValues } from '../../view-state.js';
import { workspaceOf } from '../../workspace.js';

export type SubmitArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** A modal opened for one strategy, as submitted: by whom, in which language to answer, what it holds. */
export interface Submission<T> {
  ack: SubmitArgs['ack'];
  client: WebClient;
  teamId: string;
  userId: string;
  language: Language;
  meta: Partial<T>;
  values: ViewValues;
  /** The strategy the modal was opened for, in the submitter's workspace; undefined when gone. */
  strategy: Strategy | undefined;
}

const strategyIdField = (meta: object): unknown => (meta as { strategyId?: unknown }).strategyId;

/**
 * The listener of a modal opened for one strategy: `run` gets the submission read. The strategy's
 * id is the private_metadata's `strategyId`, unless `strategyIdOf` finds it elsewhere.
 */
export function onSubmission<T extends object>(
  deps: SlackDeps,
  run: (submission: Submission<T>) => Promise<void>,
  strategyIdOf: (meta: Partial<T>) => unknown = strategyIdField,
) {
  return async ({ ack, body, view, client }: SubmitArgs): Promise<void> => {
    const teamId = workspaceOf(body);
    const userId = body.user.id;
    const meta = readMetadata<T>(view.private_metadata);
    const strategy = await strategyNamed(deps, teamId, strategyIdOf(meta));
    const language = await deps.languages.of(client, teamId, userId, { strategy });
    await run({ ack, client, teamId, userId, language, meta, values: view.state.values, strategy });
  };
}

/** Keeps the modal open with each message under the block it concerns; nothing is saved. */
export async function showErrors(ack: SubmitArgs['ack'], errors: Record<string, string>): Promise<void> {
  await ack({ response_action: 'errors', errors });
}

/**
 * A confirmation only the submitter sees, in the strategy's channel; by DM with what to do about
 * the channel when Slack will not show it there (the app is not in it, or it is archived).
 */
export async function confirmInChannel(
  deps: SlackDeps,
  s: Submission<unknown>,
  strategy: Strategy,
  text: string,
): Promise<void> {
  await postForActor(deps.logger, s, { channelId: strategy.channelId, saved: text }, () =>
    s.client.chat.postEphemeral({ channel: strategy.channelId, user: s.userId, text }),
  );
}

/** A submitted form, read and checked: what to save, or a message for each block that cannot be. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

/** `value` unless `errors` names a block. */
export function parsed<T>(value: T, errors: Record<string, string>): Parsed<T> {
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value };
}

import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Language, Strategy } from '../../../domain/strategy.js';
import { strategyNamed } from '../../../services/strategies.js';
import type { SlackDeps } from '../../deps.js';
import { readMetadata, type ViewValues } from '../../view-state.js';
import { workspaceOf } from '../../workspace.js';

export type SubmitArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** A modal opened for one strategy, as submitted: by whom, in which language to answer, what it holds. */
export interface Submission<T> {
  teamId: string;
  userId: string;
  language: Language;
  meta: Partial<T>;
  values: ViewValues;
  /** The strategy the modal was opened for, in the submitter's workspace; undefined when gone. */
  strategy: Strategy | undefined;
}

const strategyIdField = (meta: object): unknown => (meta as { strategyId?: unknown }).strategyId;

/** Reads a submission's context; the strategy's id is in private_metadata (`strategyId`, unless told). */
export async function readSubmission<T extends object>(
  deps: SlackDeps,
  { body, view, client }: SubmitArgs,
  strategyIdOf: (meta: Partial<T>) => unknown = strategyIdField,
): Promise<Submission<T>> {
  const teamId = workspaceOf(body);
  const userId = body.user.id;
  const meta = readMetadata<T>(view.private_metadata);
  const [language, strategy] = await Promise.all([
    deps.users.language(client, teamId, userId),
    strategyNamed(deps, teamId, strategyIdOf(meta)),
  ]);
  return { teamId, userId, language, meta, values: view.state.values, strategy };
}

/** Keeps the modal open with each message under the block it concerns; nothing is saved. */
export async function showErrors(ack: SubmitArgs['ack'], errors: Record<string, string>): Promise<void> {
  await ack({ response_action: 'errors', errors });
}

/** A confirmation only the submitter sees, in the strategy's channel. */
export async function confirmInChannel(
  client: WebClient,
  strategy: Strategy,
  userId: string,
  text: string,
): Promise<void> {
  await client.chat.postEphemeral({ channel: strategy.channelId, user: userId, text });
}

/** A submitted form, read and checked: what to save, or a message for each block that cannot be. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

/** `value` unless `errors` names a block. */
export function parsed<T>(value: T, errors: Record<string, string>): Parsed<T> {
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value };
}

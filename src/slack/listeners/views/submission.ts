import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { View } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import type { Language, Strategy } from '../../../domain/strategy.js';
import { messages } from '../../../i18n/index.js';
import { strategyNamed } from '../../../services/strategies.js';
import { alreadySubmitted, type SubmissionId } from '../../../services/submissions.js';
import { notSavedView, savedView, saveFailedView, savingView } from '../../../views/saving.js';
import { postForActor } from '../../after-ack.js';
import type { SlackDeps } from '../../deps.js';
import { editedBlocks, readMetadata, submissionIdOf, type ViewValues } from '../../view-state.js';
import { workspaceOf } from '../../workspace.js';

export type SubmitArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/**
 * Slack shows an error unless a submission is answered within 3 seconds; an answer takes a moment
 * to travel, so a save still running after this long gets the "Saving…" view as its answer.
 */
export const SAVING_AFTER_MS = 2_000;

/** How a submission is answered: the modal closes, shows errors under its inputs, or becomes another view. */
export type Answer =
  | { kind: 'close' }
  | { kind: 'errors'; errors: Record<string, string> }
  | { kind: 'update'; view: View };

/** What a submission listener decided: the answer, and what to do once it is given (posts, DMs). */
export interface Outcome {
  answer: Answer;
  after?: () => Promise<void>;
}

export const close = (after?: () => Promise<void>): Outcome => ({ answer: { kind: 'close' }, after });
/** Keeps the modal open with each message under the block it concerns; nothing is saved. */
export const refuse = (errors: Record<string, string>): Outcome => ({ answer: { kind: 'errors', errors } });
export const replaceWith = (view: View): Outcome => ({ answer: { kind: 'update', view } });

/**
 * Answers a submission with what `run` decides. Should `run` (a save behind a slow database) not
 * have decided before SAVING_AFTER_MS, the modal turns into "Saving…" at once, and into the outcome
 * (saved, the reasons it was not, or the failure) when `run` is done; the user is never told it
 * failed when it then succeeds. A final submission already carried out (a replay) is
 * acknowledged and changes nothing.
 */
export async function answerInTime(
  deps: SlackDeps,
  { ack, body, view, client }: Pick<SubmitArgs, 'ack' | 'body' | 'view' | 'client'>,
  run: () => Promise<Outcome>,
  options: { final: boolean },
): Promise<void> {
  const teamId = workspaceOf(body);
  const work = (async () => {
    if (options.final && (await alreadySubmitted(deps, teamId, submissionIdOf(view)))) return close();
    return run();
  })();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), deps.savingAfterMs);
  });
  const decided = await Promise.race([work, late]).finally(() => clearTimeout(timer));
  if (decided) {
    const { answer } = decided;
    if (answer.kind === 'close') await ack();
    else if (answer.kind === 'errors') await ack({ response_action: 'errors', errors: answer.errors });
    else await ack({ response_action: 'update', view: answer.view });
    await decided.after?.();
    return;
  }

  // Slack's wait is nearly over: say the save goes on, and show how it went once it has.
  const language = deps.languages.lastAnswered(teamId, body.user.id);
  // The modal keeps its title; a payload without one gets the app's name.
  const title = view.title?.text || 'smstrategy';
  await ack({ response_action: 'update', view: savingView(language, title) });
  const show = async (shown: View) => {
    try {
      await client.views.update({ view_id: view.id, view: shown });
    } catch (error) {
      // Closed meanwhile, most likely; what was saved stays saved, and its notices still go out.
      deps.logger.info({ err: error, teamId }, 'could not show the outcome of a slow save');
    }
  };
  let outcome: Outcome;
  try {
    outcome = await work;
  } catch (error) {
    await show(saveFailedView(language, title));
    throw error;
  }
  const { answer } = outcome;
  if (answer.kind === 'close') await show(savedView(language, title));
  else if (answer.kind === 'errors') await show(notSavedView(language, title, Object.values(answer.errors)));
  else await show(answer.view);
  await outcome.after?.();
}

/** A modal opened for one strategy, as submitted: by whom, in which language to answer, what it holds. */
export interface Submission<T> {
  client: WebClient;
  teamId: string;
  userId: string;
  language: Language;
  meta: Partial<T>;
  values: ViewValues;
  /** The input blocks whose value the user changed from the one the modal opened with. */
  edited: ReadonlySet<string>;
  /** The view and version submitted, so that the same final submission changes things once. */
  submission: SubmissionId | undefined;
  /** The strategy the modal was opened for, in the submitter's workspace; undefined when gone. */
  strategy: Strategy | undefined;
}

const strategyIdField = (meta: object): unknown => (meta as { strategyId?: unknown }).strategyId;

/**
 * The listener of a modal opened for one strategy whose submission saves it: `run` gets the
 * submission read and decides the answer. The strategy's id is the private_metadata's
 * `strategyId`, unless `strategyIdOf` finds it elsewhere.
 */
export function onSubmission<T extends object>(
  deps: SlackDeps,
  run: (submission: Submission<T>) => Promise<Outcome>,
  strategyIdOf: (meta: Partial<T>) => unknown = strategyIdField,
  /** Whether this window's submission may act on an archived strategy (deleting it does). */
  options: { archivedToo?: boolean } = {},
) {
  return async (args: SubmitArgs): Promise<void> => {
    const { body, view, client } = args;
    await answerInTime(
      deps,
      args,
      async () => {
        const teamId = workspaceOf(body);
        const userId = body.user.id;
        const meta = readMetadata<T>(view.private_metadata);
        const strategy = await strategyNamed(deps, teamId, strategyIdOf(meta));
        const language = await deps.languages.of(client, teamId, userId, { strategy });
        // An archived strategy is read-only: a window opened before it was archived saves nothing.
        if (strategy?.state === 'archived' && !options.archivedToo)
          return replaceWith(
            notSavedView(language, view.title?.text || 'smstrategy', [
              messages(language).lifecycle.archivedRefusal(strategy.name),
            ]),
          );
        return run({
          client,
          teamId,
          userId,
          language,
          meta,
          values: view.state.values,
          edited: editedBlocks(view),
          submission: submissionIdOf(view),
          strategy,
        });
      },
      { final: true },
    );
  };
}

/**
 * A confirmation only the submitter sees, in the strategy's channel; by DM with what to do about
 * the channel when Slack will not show it there (the app is not in it, or it is archived).
 */
export async function confirmInChannel(
  deps: SlackDeps,
  s: Pick<Submission<unknown>, 'client' | 'teamId' | 'userId' | 'language'>,
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

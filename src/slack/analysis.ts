import type { View } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import { formatDateIn } from '../domain/dates.js';
import { isQuestionKey, type PhaseKey, QUESTION_FEEDS_PHASE, type QuestionKey } from '../domain/method.js';
import type { Actor } from '../domain/permissions.js';
import type { ReadinessSummary } from '../domain/readiness.js';
import type { Language, Strategy } from '../domain/strategy.js';
import { messages } from '../i18n/index.js';
import { currentAnalysis } from '../services/assessments.js';
import { analysisOverview, reviseView } from '../views/assessment.js';
import { section } from '../views/blocks.js';
import type { ReviseTarget } from '../views/readiness.js';
import { readinessMessage } from '../views/readiness.js';
import { failureAdvice, tellActor } from './after-ack.js';
import type { SlackDeps } from './deps.js';
import { readMetadata } from './view-state.js';

/** What the revise window carries: the strategy, what it revises, and the overview it came from. */
export interface ReviseMetadata {
  strategyId: string;
  target: ReviseTarget;
  /** The overview window under it, refreshed once the revision is saved. */
  parentViewId?: string;
}

export function readReviseTarget(value: unknown): ReviseTarget | undefined {
  return value === 'judgements' || isQuestionKey(value) ? value : undefined;
}

/** A Revise button's or option's value: `{ s: strategy id, q: question or "judgements" }`. */
export function readReviseValue(
  value: string | undefined,
): { strategyId: string; target: ReviseTarget } | undefined {
  const v = readMetadata<{ s: string; q: string }>(value);
  const target = readReviseTarget(v.q);
  return typeof v.s === 'string' && target ? { strategyId: v.s, target } : undefined;
}

/** The revise window's private_metadata, as read back; undefined when it is not one. */
export function reviseMetadataOf(m: Partial<ReviseMetadata>): ReviseMetadata | undefined {
  const target = readReviseTarget(m.target);
  if (typeof m.strategyId !== 'string' || !target) return undefined;
  return {
    strategyId: m.strategyId,
    target,
    ...(typeof m.parentViewId === 'string' ? { parentViewId: m.parentViewId } : {}),
  };
}

/** The finished phase that addressed each gap marked so. */
export function addressedByPhase(
  summary: ReadinessSummary | undefined,
): Partial<Record<QuestionKey, PhaseKey>> {
  const out: Partial<Record<QuestionKey, PhaseKey>> = {};
  for (const q of summary?.addressed ?? []) out[q] = QUESTION_FEEDS_PHASE[q];
  return out;
}

/** The analysis overview of a strategy for this person: with Revise buttons if they may edit it. */
export async function overviewView(
  deps: SlackDeps,
  strategy: Strategy,
  actor: Actor,
  language: Language,
): Promise<View> {
  const m = messages(language);
  const { canEdit, revision, summary } = await currentAnalysis(deps, strategy, actor);
  const updated =
    revision &&
    m.assessment.updated(
      revision.createdBy,
      formatDateIn(language, revision.createdAt, strategy.timeZone),
      revision.revision,
    );
  return analysisOverview(language, {
    strategyId: strategy.id,
    canEdit,
    answers: revision?.answers ?? {},
    judgements: revision?.judgements ?? {},
    summary,
    admins: strategy.admins,
    ...(updated ? { updated } : {}),
    addressedBy: addressedByPhase(summary),
  });
}

/** The small window revising one answer (or the judgements), prefilled with the current revision. */
export async function reviseWindow(
  deps: SlackDeps,
  strategy: Strategy,
  actor: Actor,
  language: Language,
  target: ReviseTarget,
  parentViewId?: string,
): Promise<View | undefined> {
  const { canEdit, revision, summary } = await currentAnalysis(deps, strategy, actor);
  if (!canEdit) return undefined;
  const addressed = target === 'judgements' ? undefined : addressedByPhase(summary)[target];
  const meta: ReviseMetadata = { strategyId: strategy.id, target, ...(parentViewId ? { parentViewId } : {}) };
  return reviseView(language, {
    target,
    answers: revision?.answers ?? {},
    judgements: revision?.judgements ?? {},
    nextRevision: (revision?.revision ?? 0) + 1,
    ...(addressed ? { addressedBy: messages(language).phases[addressed].name } : {}),
    privateMetadata: JSON.stringify(meta),
  });
}

/**
 * The readiness summary in the strategy's channel after a new revision; `lead` says what one
 * revised answer changed. When the channel cannot hear it, the saver gets it by DM.
 */
export async function announceRevision(
  deps: SlackDeps,
  who: { client: WebClient; teamId: string; userId: string; language: Language },
  strategy: Strategy,
  summary: ReadinessSummary,
  lead?: (language: Language) => string,
): Promise<void> {
  const { client, teamId, userId, language } = who;
  try {
    await client.chat.postMessage({
      channel: strategy.channelId,
      ...readinessMessage(strategy.language, strategy, summary, lead?.(strategy.language)),
    });
  } catch (error) {
    // The revision is saved; the channel just cannot hear it. The saver gets the summary by DM.
    deps.logger.warn({ err: error, teamId, strategyId: strategy.id }, 'readiness summary not posted');
    const m = messages(language);
    const message = readinessMessage(language, strategy, summary, lead?.(language));
    const advice = failureAdvice(language, error, strategy.channelId);
    const note = `${m.posting.readinessNotPosted} ${advice} ${m.posting.summaryBelow}`;
    await tellActor(
      deps.logger,
      { client, teamId, userId, language },
      { text: `${note}\n${message.text}`, blocks: [section(note), ...message.blocks] },
    );
  }
}

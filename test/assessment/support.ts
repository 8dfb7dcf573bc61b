import { expect } from 'vitest';
import { QUESTION_KEYS, type QuestionKey } from '../../src/domain/method.js';
import {
  ASSESSMENT_STEPS,
  JUDGEMENT_KEYS,
  JUDGEMENT_STEP,
  type Judgements,
  type Rating,
} from '../../src/domain/readiness.js';
import { ASSESSMENT_IDS } from '../../src/views/ids.js';
import type { TestApp, Who } from '../support/harness.js';
import type { Json } from '../support/slack-stand-in.js';

export type Typed = { text?: string; rating?: Rating; owner?: string };
export type Typing = Partial<Record<QuestionKey, Typed>>;

/** Every judgement positive, as a team sure of its ground would judge. */
export const YES: Judgements = { reach: 'yes', resources: 'yes', commitment: 'yes' };

/** The state.values Slack sends for the judgements, as picked (one not picked is null, as in Slack). */
export function judgementValues(judgements: Judgements): Json {
  const values: Json = {};
  for (const key of JUDGEMENT_KEYS)
    values[ASSESSMENT_IDS.judgementBlock(key)] = {
      [ASSESSMENT_IDS.judgementAction]: {
        type: 'radio_buttons',
        selected_option: judgements[key] ? { value: judgements[key] } : null,
      },
    };
  return values;
}

/** The state.values Slack sends for one question's inputs, as typed (an empty input is null). */
export function answerValues(key: QuestionKey, a: Typed): Json {
  return {
    [ASSESSMENT_IDS.answerBlock(key)]: {
      [ASSESSMENT_IDS.answerAction]: { type: 'plain_text_input', value: a.text ?? null },
    },
    [ASSESSMENT_IDS.ratingBlock(key)]: {
      [ASSESSMENT_IDS.ratingAction]: {
        type: 'radio_buttons',
        selected_option: a.rating ? { value: a.rating } : null,
      },
    },
    ...(key === 'ownership'
      ? {
          [ASSESSMENT_IDS.ownerBlock]: {
            [ASSESSMENT_IDS.ownerAction]: { type: 'users_select', selected_user: a.owner ?? null },
          },
        }
      : {}),
  };
}

/** The state.values Slack would send for one step of the analysis. */
export function stepValues(step: number, typed: Typing, judgements: Judgements = YES): Json {
  const values: Json = step === JUDGEMENT_STEP ? judgementValues(judgements) : {};
  for (const key of ASSESSMENT_STEPS[step]!) Object.assign(values, answerValues(key, typed[key] ?? {}));
  return values;
}

const full = (rating: Rating, key: QuestionKey, tag = ''): Typed => ({
  text: rating === 'missing' ? '' : `${tag}${key} answered`,
  rating,
});

/** An answer to every question, rated `base` unless `ratings` says otherwise. */
export function typingFor(
  ratings: Partial<Record<QuestionKey, Rating>>,
  base: Rating = 'clear',
  tag = '',
): Typing {
  return Object.fromEntries(QUESTION_KEYS.map((k) => [k, full(ratings[k] ?? base, k, tag)])) as Typing;
}

/** Runs `/smstrategy assess` and returns the modal it opened. */
export async function openAssess(t: TestApp, who: Who = {}): Promise<Json> {
  const { status, payload } = await t.command('assess', who);
  expect(status).toBe(200);
  const call = await t.standIn.waitFor('views.open', (a) => a.trigger_id === payload.trigger_id);
  return call.args.view;
}

/** Walks every step with Next and submits the last; returns the final ack body. */
export async function walk(
  t: TestApp,
  view: Json,
  typing: Typing,
  who: Who = {},
  judgements: Judgements = YES,
): Promise<Json> {
  let current = view;
  for (let step = 0; step < ASSESSMENT_STEPS.length; step++) {
    const { status, body } = await t.submit(current, stepValues(step, typing, judgements), who);
    expect(status).toBe(200);
    if (step < ASSESSMENT_STEPS.length - 1) {
      expect(body.response_action).toBe('update');
      current = body.view;
    } else return body;
  }
  return {};
}

export function blockOf(view: Json, blockId: string): Json {
  const block = view.blocks.find((b: Json) => b.block_id === blockId);
  if (!block) throw new Error(`no block ${blockId} in ${view.callback_id}`);
  return block;
}

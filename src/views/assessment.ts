import type { KnownBlock, View } from '@slack/types';
import { PITCH_MAX_LENGTH, QUESTION_KEYS } from '../domain/method.js';
import { type Answers, ASSESSMENT_STEPS, RATINGS } from '../domain/readiness.js';
import type { Language } from '../domain/strategy.js';
import { messages } from '../i18n/index.js';
import {
  actions,
  button,
  context,
  type Message,
  modal,
  option,
  radioInput,
  section,
  textInput,
  userInput,
} from './blocks.js';
import { escapeMrkdwn } from './escape.js';
import { ASSESSMENT_IDS } from './ids.js';

export interface StepViewInput {
  step: number;
  answers: Partial<Answers>;
  /** Kept small (ids and the step only): the answers live in the draft, not in the view. */
  privateMetadata: string;
  /** Where the prefilled answers came from. */
  notice?: string;
  /** A problem in another step, shown above the questions. */
  problem?: string;
}

/** One step of the readiness modal: a few questions, each a free answer and how settled it is. */
export function assessmentStepView(language: Language, input: StepViewInput): View {
  const m = messages(language);
  const a = m.assessment;
  const total = ASSESSMENT_STEPS.length;
  const keys = ASSESSMENT_STEPS[input.step] ?? [];
  const ratingOptions = RATINGS.map((r) => option(a.ratings[r], r));
  const blocks: KnownBlock[] = [
    section(a.stepIntro(input.step + 1, total, a.stepNames[input.step] ?? '')),
    context(a.hint, ...(input.notice ? [input.notice] : [])),
  ];
  if (input.problem) blocks.push(section(`:warning: ${input.problem}`));
  for (const key of keys) {
    const answer = input.answers[key];
    blocks.push(
      textInput({
        blockId: ASSESSMENT_IDS.answerBlock(key),
        actionId: ASSESSMENT_IDS.answerAction,
        label: m.questions[key],
        optional: true,
        multiline: true,
        ...(answer?.text ? { initial: answer.text } : {}),
        // No max_length on the pitch: the refusal of a long pitch is ours, in the user's language,
        // and says how many characters to cut.
        ...(key === 'pitch' ? { hint: a.pitchHint(PITCH_MAX_LENGTH) } : { maxLength: 3000 }),
      }),
    );
    if (key === 'ownership')
      blocks.push(
        userInput({
          blockId: ASSESSMENT_IDS.ownerBlock,
          actionId: ASSESSMENT_IDS.ownerAction,
          label: a.ownerLabel,
          optional: true,
          initial: answer?.owner ?? null,
        }),
      );
    blocks.push(
      radioInput({
        blockId: ASSESSMENT_IDS.ratingBlock(key),
        actionId: ASSESSMENT_IDS.ratingAction,
        label: a.ratingLabel,
        options: ratingOptions,
        initial: answer?.rating ?? 'missing',
      }),
    );
  }
  if (input.step > 0) blocks.push(actions([button(a.back, ASSESSMENT_IDS.back)]));
  const last = input.step === total - 1;
  return modal({
    callbackId: ASSESSMENT_IDS.view,
    title: a.title(input.step + 1, total),
    submit: last ? a.save : a.next,
    close: a.close,
    blocks,
    privateMetadata: input.privateMetadata,
    // Closing keeps a draft (view_closed), so nothing typed is lost.
    notifyOnClose: true,
  });
}

/** For someone who may not edit: the current answers, and why they cannot change them. */
export function assessmentReadOnlyView(
  language: Language,
  input: { answers: Partial<Answers>; admins: string[]; updated?: string },
): View {
  const m = messages(language);
  const a = m.assessment;
  const admins = input.admins.map((u) => `<@${u}>`).join(', ');
  const blocks: KnownBlock[] = [section(a.readOnly(admins)), context(input.updated ?? a.notAnalysed)];
  for (const key of QUESTION_KEYS) {
    const answer = input.answers[key];
    const lines = [`*${m.questions[key]}*`, answer?.text.trim() ? escapeMrkdwn(answer.text) : a.notAnswered];
    if (key === 'ownership' && answer?.owner) lines.push(a.owner(answer.owner));
    lines.push(`_${a.ratings[answer?.rating ?? 'missing']}_`);
    blocks.push(section(lines.join('\n')));
  }
  return modal({ callbackId: ASSESSMENT_IDS.readOnlyView, title: a.readOnlyTitle, close: a.close, blocks });
}

/** The short ephemeral answer to the summary's "assign phase owners" button. */
export function assignOwnersHint(language: Language): Message {
  const m = messages(language);
  const text = m.assessment.assignHint(
    Object.values(m.phases)
      .map((p) => p.name)
      .join(', '),
  );
  return { text, blocks: [section(text)] };
}

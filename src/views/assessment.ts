import type { KnownBlock, View } from '@slack/types';
import { type PhaseKey, PITCH_MAX_LENGTH, QUESTION_KEYS, type QuestionKey } from '../domain/method.js';
import {
  type Answer,
  type Answers,
  ASSESSMENT_STEPS,
  JUDGEMENT_KEYS,
  JUDGEMENT_RESTS_ON,
  JUDGEMENT_STEP,
  JUDGEMENT_VALUES,
  type JudgementKey,
  type Judgements,
  RATINGS,
  type ReadinessSummary,
} from '../domain/readiness.js';
import type { Language } from '../domain/strategy.js';
import { type Messages, messages } from '../i18n/index.js';
import {
  actions,
  button,
  clip,
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
import { type ReviseTarget, reasonText, reviseValue } from './readiness.js';

/** How much of an answer the overview and the judgement step show; the revise window shows it all. */
const ANSWER_PREVIEW = 500;
const RESTS_ON_PREVIEW = 200;

/**
 * The guidance under a question: an example answer and the readers' warnings. The explanation is
 * the input's hint, where Slack shows it right under the field.
 */
function guidanceBlock(m: Messages, key: QuestionKey): KnownBlock {
  const g = m.guidance.questions[key];
  const lines = [
    `_${m.guidance.exampleLabel}_ ${escapeMrkdwn(g.example)}`,
    ...g.warnings.map((w) => `:warning: *${m.guidance.warningLabel}* ${escapeMrkdwn(w)}`),
  ];
  return context(lines.join('\n'));
}

function explanation(m: Messages, key: QuestionKey): string {
  const text = m.guidance.questions[key].explain;
  return key === 'pitch' ? `${text} ${m.assessment.pitchHint(PITCH_MAX_LENGTH)}` : text;
}

/** One question's inputs: the answer with its guidance, the owner for `ownership`, how settled it is. */
function questionBlocks(m: Messages, key: QuestionKey, answer: Answer | undefined): KnownBlock[] {
  const a = m.assessment;
  const blocks: KnownBlock[] = [
    textInput({
      blockId: ASSESSMENT_IDS.answerBlock(key),
      actionId: ASSESSMENT_IDS.answerAction,
      label: m.questions[key],
      hint: explanation(m, key),
      optional: true,
      multiline: true,
      ...(answer?.text ? { initial: answer.text } : {}),
      // No max_length on the pitch: the refusal of a long pitch is ours, in the user's language,
      // and says how many characters to cut.
      ...(key === 'pitch' ? {} : { maxLength: 3000 }),
    }),
    guidanceBlock(m, key),
  ];
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
      options: RATINGS.map((r) => option(a.ratings[r], r)),
      initial: answer?.rating ?? 'missing',
    }),
  );
  return blocks;
}

/** The answer a judgement rests on, as a reminder above it. */
function restsOnBlock(m: Messages, key: JudgementKey, answers: Partial<Answers>): KnownBlock {
  const question = JUDGEMENT_RESTS_ON[key];
  const answer = answers[question];
  const text = answer?.text.trim();
  return context(
    m.assessment.restsOn(
      m.assessment.short[question],
      m.assessment.ratings[answer?.rating ?? 'missing'],
      text ? escapeMrkdwn(clip(text, RESTS_ON_PREVIEW)) : m.assessment.notAnswered,
    ),
  );
}

/** The three judgements, each a yes / partly / no. Not making one is allowed: it stays "not judged". */
function judgementBlocks(m: Messages, judgements: Judgements, answers: Partial<Answers>): KnownBlock[] {
  return JUDGEMENT_KEYS.flatMap((key) => {
    const j = m.assessment.judgements[key];
    return [
      restsOnBlock(m, key, answers),
      radioInput({
        blockId: ASSESSMENT_IDS.judgementBlock(key),
        actionId: ASSESSMENT_IDS.judgementAction,
        label: j.question,
        hint: j.help,
        optional: true,
        options: JUDGEMENT_VALUES.map((v) => option(j.options[v], v)),
        ...(judgements[key] ? { initial: judgements[key] } : {}),
      }),
    ];
  });
}

export interface StepViewInput {
  step: number;
  answers: Partial<Answers>;
  judgements: Judgements;
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
  const judging = input.step === JUDGEMENT_STEP;
  const blocks: KnownBlock[] = [
    section(a.stepIntro(input.step + 1, total, a.stepNames[input.step] ?? '')),
    context(judging ? a.judgementIntro : a.hint, ...(input.notice ? [input.notice] : [])),
  ];
  if (input.problem) blocks.push(section(`:warning: ${input.problem}`));
  if (judging) blocks.push(...judgementBlocks(m, input.judgements, input.answers));
  for (const key of ASSESSMENT_STEPS[input.step] ?? [])
    blocks.push(...questionBlocks(m, key, input.answers[key]));
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

export interface ReviseViewInput {
  target: ReviseTarget;
  answers: Partial<Answers>;
  judgements: Judgements;
  /** The number the saved change will get. */
  nextRevision: number;
  /** The finished phase that addressed this answer's gap, if one has. */
  addressedBy?: string;
  privateMetadata: string;
}

/** The small window that revises one answer (or the three judgements) and nothing else. */
export function reviseView(language: Language, input: ReviseViewInput): View {
  const m = messages(language);
  const a = m.assessment;
  const blocks: KnownBlock[] = [context(a.reviseIntro(input.nextRevision))];
  if (input.addressedBy) blocks.push(section(`:white_check_mark: ${a.reviseAddressed(input.addressedBy)}`));
  if (input.target === 'judgements') {
    blocks.push(section(`*${a.stepNames[JUDGEMENT_STEP]}*`), context(a.judgementIntro));
    blocks.push(...judgementBlocks(m, input.judgements, input.answers));
  } else blocks.push(...questionBlocks(m, input.target, input.answers[input.target]));
  return modal({
    callbackId: ASSESSMENT_IDS.reviseView,
    title: input.target === 'judgements' ? a.reviseJudgementsTitle : a.reviseTitle,
    submit: a.save,
    close: a.close,
    blocks,
    privateMetadata: input.privateMetadata,
  });
}

export interface OverviewInput {
  strategyId: string;
  canEdit: boolean;
  answers: Partial<Answers>;
  judgements: Judgements;
  summary: ReadinessSummary | undefined;
  admins: string[];
  /** Who saved the current answers, and when. */
  updated?: string;
  /** The finished phase that addressed each answer's gap, by question. */
  addressedBy: Partial<Record<QuestionKey, PhaseKey>>;
}

function judgementLines(m: Messages, judgements: Judgements): string {
  const a = m.assessment;
  return [
    a.judgementsHeading,
    ...JUDGEMENT_KEYS.map((key) =>
      a.judgementLine(
        a.judgements[key].short,
        judgements[key] ? a.judgementValues[judgements[key]] : a.notJudged,
      ),
    ),
  ].join('\n');
}

/**
 * The analysis at a glance: the verdict and why, each answer with how settled it is, the three
 * judgements. For those who may edit it every answer has its own Revise button; anyone else is
 * told who can change it.
 */
export function analysisOverview(language: Language, input: OverviewInput): View {
  const m = messages(language);
  const a = m.assessment;
  const admins = input.admins.map((u) => `<@${u}>`).join(', ');
  const revise = (target: ReviseTarget) =>
    input.canEdit
      ? { accessory: button(a.revise, ASSESSMENT_IDS.revise, reviseValue(input.strategyId, target)) }
      : {};
  const blocks: KnownBlock[] = [
    section(input.canEdit ? a.overviewEditIntro : a.readOnly(admins)),
    context(input.updated ?? a.notAnalysed),
  ];
  const summary = input.summary;
  if (summary) {
    const { readiness } = summary;
    blocks.push(
      section(
        [
          `*${a.headlines[readiness.verdict]}*`,
          a.verdictLine(a.verdicts[readiness.verdict], readiness.score, readiness.maxScore),
          ...readiness.reasons.map((r) => `• ${reasonText(m, r)}`),
        ].join('\n'),
      ),
    );
  }
  for (const key of QUESTION_KEYS) {
    const answer = input.answers[key];
    const rating = a.ratings[answer?.rating ?? 'missing'];
    const addressed = input.addressedBy[key];
    const heading = `*${m.questions[key]}*\n_${rating}_${addressed ? ` · :white_check_mark: ${a.addressedBy(m.phases[addressed].name)}` : ''}`;
    const lines = [
      heading,
      answer?.text.trim() ? escapeMrkdwn(clip(answer.text.trim(), ANSWER_PREVIEW)) : a.notAnswered,
    ];
    if (key === 'ownership' && answer?.owner) lines.push(a.owner(answer.owner));
    blocks.push({ ...section(lines.join('\n')), ...revise(key) } as KnownBlock);
  }
  blocks.push({ ...section(judgementLines(m, input.judgements)), ...revise('judgements') } as KnownBlock);
  if (input.canEdit) blocks.push(actions([button(a.editAll, ASSESSMENT_IDS.editAll, input.strategyId)]));
  return modal({
    callbackId: input.canEdit ? ASSESSMENT_IDS.overview : ASSESSMENT_IDS.readOnlyView,
    title: a.readOnlyTitle,
    close: a.close,
    blocks,
  });
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

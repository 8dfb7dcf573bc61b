import type { QuestionKey } from '../../domain/method.js';
import type { Verdict } from '../../domain/readiness.js';
import { characters } from './counts.js';

// The ten readiness questions and the readiness analysis: its modal, summary and verdict.
export const assessmentTexts = {
  questions: {
    why: 'Why does the organisation need a social media strategy?',
    goals: 'What measurable goals will it pursue?',
    pitch: 'Does the brand have an elevator pitch it can tell in 140 characters?',
    audience: 'Whom do we intend to reach through social media?',
    whereabouts: 'Do we know where our target audience gathers online, if anywhere?',
    costs: 'What costs are we prepared for?',
    content_strategy: 'Do we have a content strategy that guides every decision about what we publish?',
    ownership: 'Who will take responsibility for the social media operation?',
    risks: 'What risks can we identify?',
    measurement: 'How will results be measured?',
  } satisfies Record<QuestionKey, string>,
  assessment: {
    title: (step: number, total: number) => `Readiness analysis ${step}/${total}`,
    readOnlyTitle: 'Readiness analysis',
    next: 'Next',
    save: 'Save',
    close: 'Close',
    back: '← Back',
    stepNames: ['Why and goals', 'Audience', 'Resources and ownership', 'Risks and measurement'],
    stepIntro: (step: number, total: number, name: string) => `*Step ${step} of ${total}: ${name}*`,
    hint: 'Answer as a team and rate how settled each answer is. Going back or closing this window loses nothing: your draft waits for the next `/smstrategy assess`.',
    fromDraft: 'Continuing your unsaved draft.',
    fromRevision: (revision: number, user: string, date: string) =>
      `Prefilled with the current answers (revision ${revision}, saved by <@${user}> on ${date}).`,
    ratingLabel: 'How settled is this answer?',
    ratings: { clear: 'Clear', partial: 'Partly', missing: 'Missing' },
    ownerLabel: 'Who is responsible? (optional)',
    pitchHint: (max: number) => `At most ${characters(max)}.`,
    pitchTooLong: (length: number, max: number) =>
      `The pitch is ${characters(length)}; it can be at most ${max}. Shorten it by ${length - max}.`,
    emptyClear:
      'An empty answer cannot be rated clear: write the answer, or rate it partly settled or missing.',
    fixFirst: (step: number) => `Step ${step} still has a problem: fix it before saving.`,
    readOnly: (admins: string) =>
      `Only the strategy's admins (${admins}) and workspace admins can change the analysis. These are the current answers; nothing can be changed here.`,
    notAnswered: '_Not answered._',
    notAnalysed: 'The analysis has not been saved yet.',
    owner: (user: string) => `Responsible: <@${user}>`,
    forbidden: "Only the strategy's admins and workspace admins can change the analysis. Nothing was saved.",
    gone: 'This strategy no longer exists. Nothing was saved.',
    short: {
      why: 'Why',
      goals: 'Measurable goals',
      pitch: 'Elevator pitch',
      audience: 'Target audience',
      whereabouts: 'Where the audience gathers',
      costs: 'Costs',
      content_strategy: 'Content strategy',
      ownership: 'Ownership',
      risks: 'Risks',
      measurement: 'Measurement',
    } satisfies Record<QuestionKey, string>,
    verdicts: {
      ready: 'Ready to start',
      groundwork_needed: 'Groundwork needed first',
      not_ready: 'Not ready yet',
    } satisfies Record<Verdict, string>,
    summaryTitle: (name: string) => `Readiness: ${name}`,
    verdictLine: (verdict: string, score: number, max: number) => `*${verdict}* · score ${score}/${max}`,
    reasonsHeading: '*Why this verdict*',
    reasons: {
      whyMissing:
        'The *why* is missing. Why comes before what and how, so the rest cannot be built on it yet.',
      lowScore: (score: number, threshold: number) =>
        `The score ${score} is below ${threshold}: too much is still open to start.`,
      missingAnswers: (list: string) => `Missing: ${list}.`,
      manyPartials: (list: string) => `Only partly settled: ${list}.`,
      allClear: 'Every answer is clear.',
      fewPartials: (list: string) => `Nearly everything is clear; still to settle: ${list}.`,
    },
    gapsHeading: '*Gaps, and the phase that closes each*',
    gapLine: (phase: string, items: string) => `• *${phase}*: ${items}`,
    gapItem: (question: string, rating: string) => `${question} (${rating.toLowerCase()})`,
    noGaps: 'No gaps: every answer is clear.',
    assignButton: 'Assign phase owners',
    updated: (user: string, date: string, revision: number) =>
      `Updated by <@${user}> on ${date} · revision ${revision}`,
    statusLine: (verdict: string, score: number, max: number) =>
      `*Readiness:* ${verdict} · score ${score}/${max}`,
    statusGaps: (list: string) => `Gaps: ${list}`,
    assignHint: (phases: string) =>
      `Give each phase an owner with \`/smstrategy assign &lt;phase&gt; @person\` (pick the person from the list Slack opens as you type @), or with the phase's Edit button below. Phases: ${phases}.`,
  },
};

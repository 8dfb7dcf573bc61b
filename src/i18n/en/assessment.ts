import type { QuestionKey } from '../../domain/method.js';
import type { JudgementKey, JudgementValue, Verdict } from '../../domain/readiness.js';
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
    stepNames: [
      'Why and goals',
      'Audience',
      'Resources and ownership',
      'Risks and measurement',
      'A realistic view',
    ],
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
      not_now: 'Not the right time',
    } satisfies Record<Verdict, string>,
    headlines: {
      ready: 'Ready to start: the foundations are in place',
      groundwork_needed: 'Some groundwork first, then the strategy',
      not_ready: 'Not ready yet: the foundations are missing',
      not_now: 'Social media does not serve this goal now',
    } satisfies Record<Verdict, string>,
    verdictSummaries: {
      ready:
        'The answers hold together and the basics are agreed. Move on to the eight phases; the few points still open can be settled along the way.',
      groundwork_needed:
        'The direction is clear, but some answers are missing or only half settled. Close the gaps below; each one shows the phase where it gets done.',
      not_ready:
        'Too much is still open to build a strategy on. Work through the reasons below, starting with why, then go through the analysis again.',
      not_now:
        'Going by your own answers, the effort would not pay off at the moment. That is a valid outcome: put the resources where they work better and come back when the reasons below change.',
    } satisfies Record<Verdict, string>,
    summaryTitle: (name: string) => `Readiness: ${name}`,
    verdictLine: (verdict: string, score: number, max: number) => `*${verdict}* · score ${score}/${max}`,
    reasonsHeading: '*Why this verdict*',
    reasons: {
      whyMissing:
        'There is no answer to why. Without it, goals, channels and content have nothing to rest on.',
      lowScore: (score: number, threshold: number) =>
        `A score of ${score} is below ${threshold}: too much is still open to start.`,
      missingAnswers: (list: string) => `No answer yet: ${list}.`,
      manyPartials: (list: string) => `Several answers are only partly settled: ${list}.`,
      allClear: 'Every answer is settled and all three judgements are positive.',
      fewPartials: (list: string) => `Almost everything is settled; still to pin down: ${list}.`,
      reachNo:
        'You judged that your audience cannot be reached on social media, so the effort would have no one to reach.',
      reachPartly:
        'Your audience can be reached only in part; start where it already is and leave the rest for later.',
      resourcesNo:
        'The time and money the work needs are not available now, and a channel started without them soon goes quiet.',
      resourcesPartly:
        'Only the time or the money is secured so far; agree on both before you launch anything.',
      commitmentNo:
        'Nobody is taking ownership yet, and an account that no one looks after soon does more harm than good.',
      commitmentPartly: 'Someone has been named, but no time has been set aside for the work.',
      judgementsMissing: 'The three judgement questions have not been answered yet.',
    },
    judgementIntro:
      'Now look back at your answers and judge them as honestly as you can. Social media does not suit every organisation at every moment, and saying so now saves a lot of wasted effort later.',
    judgements: {
      reach: {
        question: 'Can we reach our audience where it is?',
        help: 'Base this on your answer about where the audience gathers: are they active in places where a company can take part and is welcome?',
        options: {
          yes: 'Yes – they are active where we can take part',
          partly: 'Partly – some groups, or only with a lot of effort',
          no: 'No – they are not on social media',
        },
        short: 'Reaching the audience',
      },
      resources: {
        question: 'Do we really have the time and money named in our answer on costs?',
        help: '"Yes" means whoever signs the budget has approved it and the hours fit into someone\'s week – not that you hope to find them.',
        options: {
          yes: "Yes – agreed, budgeted and in someone's calendar",
          partly: 'Partly – the money or the time, not both yet',
          no: 'No – we do not have them now',
        },
        short: 'Time and money',
      },
      commitment: {
        question: 'Is anyone really taking ownership?',
        help: 'A name in a box is not ownership: the person has said yes, has hours for it and can act without asking permission for every post.',
        options: {
          yes: 'Yes – named, agreed and with time set aside',
          partly: 'Partly – named, but without time set aside',
          no: 'No – nobody yet',
        },
        short: 'Ownership',
      },
    } satisfies Record<
      JudgementKey,
      { question: string; help: string; options: Record<JudgementValue, string>; short: string }
    >,
    judgementValues: { yes: 'Yes', partly: 'Partly', no: 'No' } satisfies Record<JudgementValue, string>,
    notJudged: 'Not judged yet',
    restsOn: (question: string, rating: string, answer: string) =>
      `Your answer on *${question}* (${rating.toLowerCase()}): ${answer}`,
    judgementsHeading: '*Our three judgements*',
    judgementLine: (judgement: string, value: string) => `• ${judgement}: ${value}`,
    gapsHeading: '*Gaps, and the phase that closes each*',
    gapLine: (phase: string, items: string) => `• *${phase}*: ${items}`,
    gapItem: (question: string, rating: string) => `${question} (${rating.toLowerCase()})`,
    /** One gap on a line of its own, with its Revise button beside it. */
    gapRow: (question: string, rating: string, phase: string) =>
      `*${question}* · ${rating.toLowerCase()} → ${phase}`,
    addressedBy: (phase: string) => `addressed by ${phase}`,
    addressedRow: (question: string, rating: string, phase: string) =>
      `*${question}* · ${rating.toLowerCase()} · :white_check_mark: addressed by ${phase}`,
    addressedHint:
      'A finished phase has addressed the gaps marked so: revise those answers to bring the verdict up to date.',
    noGaps: 'No gaps: every answer is clear.',
    assignButton: 'Assign phase owners',
    updated: (user: string, date: string, revision: number) =>
      `Updated by <@${user}> on ${date} · revision ${revision}`,
    statusLine: (verdict: string, score: number, max: number) =>
      `*Readiness:* ${verdict} · score ${score}/${max}`,
    statusGaps: (list: string) => `Gaps: ${list}`,
    openAnalysis: 'Open the analysis',
    digestGaps: '*Open gaps in readiness*',
    digestGapLine: (phase: string, questions: string) => `• ${phase}: ${questions}`,
    digestAddressedLine: (questions: string, phase: string) => `• ${questions} – addressed by ${phase}`,
    revise: 'Revise',
    revisePick: 'Revise one answer…',
    reviseJudgementsOption: 'The three judgements',
    reviseTitle: 'Revise an answer',
    reviseJudgementsTitle: 'Revise the judgements',
    reviseIntro: (revision: number) =>
      `Only this changes; every other answer stays as it is. Saving makes revision ${revision}.`,
    reviseAddressed: (phase: string) =>
      `${phase} has been finished since this answer was last changed: bring the answer and its rating up to date.`,
    revised: (user: string, question: string) => `<@${user}> revised the answer on *${question}*.`,
    judgementsRevised: (user: string) => `<@${user}> revised the three judgements.`,
    unchanged: 'Nothing changed, so no new revision was made.',
    overviewEditIntro: 'Revise one answer with its button, or go through every step.',
    editAll: 'Go through every step',
    assignHint: (phases: string) =>
      `Give each phase an owner with \`/smstrategy assign &lt;phase&gt; @person\` (pick the person from the list Slack opens as you type @), or with the phase's Edit button below. Phases: ${phases}.`,
  },
};

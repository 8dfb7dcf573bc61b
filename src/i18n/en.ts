import type { CommandName } from '../domain/commands.js';
import type { PhaseKey, QuestionKey } from '../domain/method.js';
import type { Verdict } from '../domain/readiness.js';

// The English catalogue. Every user-facing text lives here and in fi.ts under the same keys;
// fi.ts is typed against this one, so a text missing in Finnish fails the type check.
export const en = {
  appName: 'Social media strategy',
  commands: {
    help: { usage: 'help', description: 'These instructions.' },
    start: { usage: 'start [name]', description: 'Start the strategy of this channel.' },
    status: { usage: 'status', description: 'The strategy at a glance.' },
    assess: {
      usage: 'assess',
      description: 'Answer the ten readiness questions (admins edit, others read).',
    },
  } satisfies Record<CommandName, { usage: string; description: string }>,
  help: {
    title: 'Build your social media strategy together',
    intro:
      'I walk the team through the method: a readiness analysis, eight phases with owners and dates, measurable goals with weekly check-ins, and a documented plan — all here in Slack.',
    commandsHeading: '*Commands*',
    noStrategy: 'This channel has no strategy yet. Start one with `/smstrategy start [name]`.',
    buttonStart: 'Start a strategy',
    buttonStatus: 'Show status',
    buttonHelp: 'Help',
  },
  start: {
    defaultName: (channel: string) =>
      channel ? `Social media strategy for #${channel}` : 'Social media strategy',
    created: (user: string, name: string) =>
      `<@${user}> started *${name}* in this channel. Next: run the readiness analysis with \`/smstrategy assess\`.`,
    exists: (name: string, user: string, date: string) =>
      `This channel already has a strategy: *${name}*, started by <@${user}> on ${date}. Nothing was changed.`,
    nameTooLong: (max: number) => `The name can be at most ${max} characters. Nothing was created.`,
  },
  status: {
    title: (name: string) => name,
    started: (user: string, date: string) => `Started by <@${user}> on ${date}`,
    admins: (users: string) => `Admins: ${users}`,
    settings: (language: string, timeZone: string, state: string) =>
      `Language: ${language} · Time zone: ${timeZone} · State: ${state}`,
    readinessNotAssessed:
      '*Readiness:* not analysed yet. Run `/smstrategy assess` to answer the ten questions.',
  },
  home: {
    strategiesHeading: '*Strategies in this workspace*',
    noStrategies: "No strategies yet. In the team's channel, type `/smstrategy start` to begin.",
  },
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
  phases: {
    listening: {
      name: 'Listening',
      produces:
        "the conversations about the industry, customers' needs and satisfaction, and competitors that we follow, and where",
    },
    goals: {
      name: 'Goal setting',
      produces:
        'measurable goals: differentiation, market share, customer retention… each with a metric and a target',
    },
    content: { name: 'Content strategy', produces: 'a content strategy created or refined from the goals' },
    presence: {
      name: 'Presence model',
      produces: 'where and with what we are present, how we take part, how we create value for customers',
    },
    channels: {
      name: 'Choice of services',
      produces: 'the services and tools through which the strategy is carried out',
    },
    measurement: {
      name: 'Monitoring and measurement',
      produces: 'what we follow and measure, how often, and who reports it',
    },
    organisation: { name: 'Organisation and budget', produces: 'who does what, time and money' },
    action_plan: { name: 'Action plan', produces: 'the concrete plan of actions, owners and dates' },
  } satisfies Record<PhaseKey, { name: string; produces: string }>,
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
    pitchHint: (max: number) => `At most ${max} characters.`,
    pitchTooLong: (length: number, max: number) =>
      `The pitch is ${length} characters; it can be at most ${max}. Shorten it by ${length - max}.`,
    emptyClear:
      'An empty answer cannot be rated clear: write the answer, or rate it partly settled or missing.',
    fixFirst: (step: number) => `Step ${step} still has a problem: fix it before saving.`,
    readOnly: (admins: string) =>
      `Only the strategy's admins (${admins}) and workspace admins can change the analysis. These are the current answers; nothing can be changed here.`,
    notAnswered: '_Not answered._',
    notAnalysed: 'The analysis has not been saved yet.',
    owner: (user: string) => `Responsible: <@${user}>`,
    forbidden: "Only the strategy's admins and workspace admins can change the analysis. Nothing was saved.",
    notPosted: (channel: string) =>
      `The analysis is saved, but I could not post it in <#${channel}>. Invite me there with \`/invite\`; until then, here is the summary.`,
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
      `Give each phase an owner with \`/smstrategy assign <phase> @user\`, for example \`/smstrategy assign listening @maria\`. Phases: ${phases}.`,
  },
  languageName: { fi: 'Finnish', en: 'English' },
  stateName: { active: 'active', paused: 'paused', archived: 'archived' },
  errors: {
    unknownCommand: (word: string) => `I don't know the command \`${word}\`.`,
    didYouMean: (suggestion: string) => `Did you mean \`/smstrategy ${suggestion}\`?`,
    noStrategy: 'This channel has no strategy yet. Start one with `/smstrategy start [name]`.',
    notInstalled:
      'smstrategy is not installed in this workspace any more. A workspace admin can install it again; the strategies are kept.',
    unexpected: 'Something went wrong on my side and nothing was changed. Please try again in a moment.',
  },
};

export type Messages = typeof en;

import type { CommandName } from '../domain/commands.js';
import type { PhaseKey, QuestionKey } from '../domain/method.js';

// The English catalogue. Every user-facing text lives here and in fi.ts under the same keys;
// fi.ts is typed against this one, so a text missing in Finnish fails the type check.
export const en = {
  appName: 'Social media strategy',
  commands: {
    help: { usage: 'help', description: 'These instructions.' },
    start: { usage: 'start [name]', description: 'Start the strategy of this channel.' },
    status: { usage: 'status', description: 'The strategy at a glance.' },
    metric: {
      usage: 'metric add | list | edit <name> | archive <name> | chart <name>',
      description: 'Measurable goals: add, list, edit, archive, or chart one against its target.',
    },
    checkin: { usage: 'checkin', description: "Report this period's values of the metrics." },
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
  metrics: {
    modalTitleAdd: 'New metric',
    modalTitleEdit: 'Edit metric',
    save: 'Save',
    cancel: 'Cancel',
    name: 'Name',
    namePlaceholder: 'e.g. Newsletter subscribers',
    unit: 'Unit',
    unitHint: 'Optional, e.g. subscribers, %, €',
    baseline: 'Baseline (where we are now)',
    target: 'Target',
    numberHint: 'A number: 1,5 and 1.5 both work, and so do 1 234 and 1 234,5.',
    targetDate: 'Target date',
    owner: 'Owner (who reports it)',
    direction: 'Which way is better?',
    directionName: { up: 'Higher is better', down: 'Lower is better' },
    cadence: 'Check-in cadence',
    cadenceName: { weekly: 'Weekly', monthly: 'Monthly' },
    problems: {
      required: 'Please fill this in.',
      tooLong: (max: number) => `At most ${max} characters.`,
      duplicate: 'This strategy already has a metric with this name.',
      notANumber: 'This is not a number. Write it like 1,5 or 1.5 or 1 234.',
      sameAsBaseline: 'The target must differ from the baseline.',
      notADate: 'This is not a date.',
      dateInPast: 'The target date is in the past: pick today or a later date.',
      forbiddenOwner:
        "Only the strategy's admins and workspace admins can add a metric for someone else: make yourself the owner, or ask an admin.",
    },
    created: (user: string, name: string, baseline: string, target: string, date: string, owner: string) =>
      `<@${user}> added the metric *${name}*: from ${baseline} to ${target} by ${date}, owner <@${owner}>.`,
    updated: (name: string) => `Metric *${name}* saved.`,
    archived: (name: string) => `Metric *${name}* archived. Its history is kept.`,
    forbidden: (name: string, owner: string) =>
      `Only the strategy's admins, workspace admins and the metric's owner <@${owner}> can change *${name}*. Nothing was changed.`,
    notFound: (name: string) => `There is no active metric called “${name}”.`,
    didYouMean: (name: string) => `Did you mean “${name}”?`,
    usage:
      'Use `/smstrategy metric add`, `metric list`, `metric edit <name>`, `metric archive <name>` or `metric chart <name>`.',
    listHeading: (strategy: string) => `Metrics — ${strategy}`,
    none: 'No metrics yet. Add the first measurable goal with `/smstrategy metric add`.',
    line: (name: string, unit: string, baseline: string, target: string, date: string, owner: string) =>
      `*${name}*${unit ? ` (${unit})` : ''} — from ${baseline} to ${target} by ${date} · owner <@${owner}>`,
    cadenceAndDirection: (cadence: string, direction: string) => `${cadence} · ${direction}`,
    buttonAdd: 'Add a metric',
    buttonCheckin: 'Report values',
    buttonEdit: 'Edit',
    buttonArchive: 'Archive',
    buttonChart: 'Chart',
    confirmArchiveTitle: 'Archive the metric?',
    confirmArchiveText: (name: string) => `*${name}* leaves check-ins and status. Its history is kept.`,
    confirmArchiveYes: 'Archive',
    checkinTitle: 'Check-in',
    checkinSubmit: 'Report',
    checkinIntro: (period: string) =>
      `Values for *${period}*. Fields already reported are filled in; change one to replace it, leave one empty to skip it.`,
    checkinLabel: (name: string, unit: string) => (unit ? `${name} (${unit})` : name),
    checkinHint: (target: string, date: string, period: string) =>
      `Target ${target} by ${date} · period ${period}`,
    checkinNone: 'There are no active metrics to report. Add one with `/smstrategy metric add`.',
    checkinSaved: (count: number) =>
      count === 1 ? 'Thanks! 1 value saved.' : `Thanks! ${count} values saved.`,
    checkinNothing: 'Nothing changed: the values were already reported.',
    statusHeading: '*Metrics*',
    statusNone: '*Metrics:* none yet. Add a measurable goal with `/smstrategy metric add`.',
    statusLine: (name: string, latest: string, target: string, date: string) =>
      `*${name}* — ${latest} of target ${target} by ${date}`,
    noValue: 'no value yet',
    statusTrend: (bar: string, percent: string, spark: string, trend: string) =>
      `${bar} ${percent} · ${spark ? `\`${spark}\` · ` : ''}${trend}`,
    trendName: {
      no_data: 'no values yet',
      reached: 'target reached',
      on_track: 'on track',
      behind: 'behind',
    },
    moreMetrics: (count: number) => `…and ${count} more.`,
    homeHeading: '*Your metrics*',
    homeCheckinButton: (strategy: string) => `Report values: ${strategy}`,
    chartComment: (name: string) => `*${name}*: reported values against the target path.`,
    chartLegendHistory: 'Reported values',
    chartLegendPath: 'target path',
    chartPosted: (name: string) => `The chart of *${name}* is posted in this channel.`,
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
  languageName: { fi: 'Finnish', en: 'English' },
  stateName: { active: 'active', paused: 'paused', archived: 'archived' },
  errors: {
    unknownCommand: (word: string) => `I don't know the command \`${word}\`.`,
    didYouMean: (suggestion: string) => `Did you mean \`/smstrategy ${suggestion}\`?`,
    noStrategy: 'This channel has no strategy yet. Start one with `/smstrategy start [name]`.',
    unexpected: 'Something went wrong on my side and nothing was changed. Please try again in a moment.',
  },
};

export type Messages = typeof en;

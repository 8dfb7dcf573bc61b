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
    schedule: {
      usage: 'schedule',
      description: 'Set when the digest, the check-in and the reminders are sent.',
    },
    pause: { usage: 'pause', description: 'Stop every scheduled message of this strategy.' },
    resume: { usage: 'resume', description: 'Restart the scheduled messages.' },
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
  languageName: { fi: 'Finnish', en: 'English' },
  stateName: { active: 'active', paused: 'paused', archived: 'archived' },
  schedule: {
    weekdays: {
      1: 'Monday',
      2: 'Tuesday',
      3: 'Wednesday',
      4: 'Thursday',
      5: 'Friday',
      6: 'Saturday',
      7: 'Sunday',
    } as Record<number, string>,
    modalTitle: 'Schedule',
    save: 'Save',
    cancel: 'Cancel',
    intro: (channel: string) =>
      `When I post the weekly digest and the metric check-in to <#${channel}>, and whether I remind owners of their due dates. Times are local to the time zone below and stay right across daylight-saving changes.`,
    digestDay: 'Weekly digest: day',
    digestTime: 'Weekly digest: time',
    checkinDay: 'Metric check-in: day',
    checkinTime: 'Metric check-in: time',
    checkinHint: 'Owners who have not reported get one reminder by DM the next day.',
    timeZone: 'Time zone',
    timeZoneHint: 'An IANA time zone such as Europe/Helsinki or America/New_York.',
    nudges: 'Owner reminders',
    nudgesOn: 'On',
    nudgesHint: 'A DM to owners of phases due within three days or overdue, at most one a day each.',
    nudgesOff: 'Off',
    invalidTimeZone: (zone: string) =>
      `"${zone}" is not a time zone I know. Use an IANA name such as Europe/Helsinki.`,
    forbidden:
      'Only the strategy’s admins and workspace admins can change the schedule. Nothing was changed.',
    saved: (digest: string, checkin: string, zone: string, nudges: boolean) =>
      `Schedule saved. Digest: ${digest}. Check-in: ${checkin}. Time zone: ${zone}. Owner reminders: ${nudges ? 'on' : 'off'}.`,
    paused: (user: string) =>
      `<@${user}> paused the scheduled messages of this strategy. \`/smstrategy resume\` restarts them.`,
    resumed: (user: string) => `<@${user}> resumed the scheduled messages of this strategy.`,
    alreadyPaused: 'The scheduled messages are already paused.',
    alreadyRunning: 'The scheduled messages are already running.',
    kindName: {
      digest: 'the weekly digest',
      checkin_prompt: 'the metric check-in',
      checkin_reminder: 'the check-in reminders',
      nudges: 'the owner reminders',
    } as Record<string, string>,
    errorReason: {
      channel_not_found: 'the channel no longer exists or I cannot see it',
      not_in_channel: 'I am not a member of the channel',
      is_archived: 'the channel is archived',
      invalid_auth: 'my access to the workspace is no longer valid',
      account_inactive: 'my account in the workspace is inactive',
    } as Record<string, string>,
    pausedNotice: (what: string, channel: string, reason: string) =>
      `I could not post ${what} to <#${channel}>: ${reason}. I paused it so nothing piles up. Fix the cause (for example \`/invite @smstrategy\` in the channel) and type \`/smstrategy resume\` there.`,
  },
  digest: {
    title: (name: string) => `Weekly digest: ${name}`,
    phasesDone: (done: number, total: number) => `*Phases:* ${done} / ${total} done`,
    dueSoon: '*Due soon*',
    overdue: '*Overdue*',
    phaseLine: (phase: string, owner: string | null, due: string) =>
      `• ${phase} — ${owner ? `<@${owner}>` : 'no owner'} — ${due}`,
    gaps: '*Readiness gaps still open*',
    gapLine: (question: string, phase: string) => `• ${question} → ${phase}`,
    metrics: '*Metrics*',
    metricLine: (name: string, latest: string, target: string, trend: string) =>
      `• ${name}: ${latest} / ${target} ${trend}`,
    noValue: 'no value yet',
    trend: { better: '↗ improving', worse: '↘ worsening', flat: '→ flat', unknown: '' } as Record<
      string,
      string
    >,
    nothingYet: 'Nothing to report yet: the phases and metrics appear here once the team sets them.',
    more: (n: number) => `…and ${n} more`,
    reportMetrics: 'Report metrics',
    openStatus: 'Open status',
  },
  checkin: {
    promptTitle: 'Metric check-in',
    prompt: (name: string) =>
      `Time for this week’s check-in of *${name}*: report the latest value of each metric you own.`,
    promptButton: 'Report metrics',
    reminder: (name: string, channel: string) =>
      `A reminder: you have not yet reported this week’s metric values for *${name}* in <#${channel}>.`,
  },
  nudge: {
    title: (name: string) => `Phases of *${name}* that need you`,
    dueSoon: (phase: string, due: string) => `• ${phase} is due on ${due}`,
    overdue: (phase: string, due: string) => `• ${phase} was due on ${due} and is overdue`,
  },
  errors: {
    unknownCommand: (word: string) => `I don't know the command \`${word}\`.`,
    didYouMean: (suggestion: string) => `Did you mean \`/smstrategy ${suggestion}\`?`,
    noStrategy: 'This channel has no strategy yet. Start one with `/smstrategy start [name]`.',
    unexpected: 'Something went wrong on my side and nothing was changed. Please try again in a moment.',
  },
};

export type Messages = typeof en;

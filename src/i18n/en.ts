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
    assign: {
      usage: 'assign <phase> <@user>',
      description: 'Make someone the owner of a phase; they are told by DM.',
    },
    due: { usage: 'due <phase> <YYYY-MM-DD>', description: 'Set the due date of a phase.' },
    phase: {
      usage: 'phase <phase>',
      description: 'Open a phase: owner, due date, status, notes, deliverable.',
    },
    metric: {
      usage: 'metric add | list | edit <name> | archive <name> | chart <name>',
      description: 'Measurable goals: add, list, edit, archive, or chart one against its target.',
    },
    checkin: { usage: 'checkin', description: "Report this period's values of the metrics." },
    schedule: {
      usage: 'schedule',
      description: 'Set when the digest, the check-in and the reminders are sent.',
    },
    pause: { usage: 'pause', description: 'Stop every scheduled message of this strategy.' },
    resume: { usage: 'resume', description: 'Restart the scheduled messages.' },
    plan: {
      usage: 'plan',
      description: 'The documented plan: posted here as a Markdown file and kept as a canvas.',
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
    buttonAssess: 'Readiness analysis',
    buttonCheckin: 'Report metrics',
    buttonPlan: 'Documented plan',
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
  phase: {
    statusName: { not_started: 'Not started', in_progress: 'In progress', done: 'Done', blocked: 'Blocked' },
    heading: '*Phases*',
    noOwner: 'no owner yet',
    noDue: 'no due date',
    due: (date: string) => `due ${date}`,
    overdue: '*overdue*',
    dueSoon: 'due within a week',
    notes: 'Notes',
    deliverable: 'Deliverable',
    timesIn: (timeZone: string) => `Dates are local to ${timeZone}.`,
    buttonDone: 'Mark done',
    buttonStart: 'Start',
    buttonBlocked: 'Blocked',
    buttonEdit: 'Edit',
    unknown: (word: string) => `I don't know the phase \`${word}\`.`,
    didYouMean: (key: string) => `Did you mean \`${key}\`?`,
    known: (list: string) => `The phases: ${list}.`,
    assignUsage:
      'Usage: `/smstrategy assign <phase> <@user>`, for example `/smstrategy assign listening @maria`.',
    dueUsage: 'Usage: `/smstrategy due <phase> <YYYY-MM-DD>`, for example `/smstrategy due 2 2027-01-31`.',
    phaseUsage:
      'Usage: `/smstrategy phase <phase>`, for example `/smstrategy phase listening` or `/smstrategy phase 1`.',
    invalidDate: (text: string) =>
      `\`${text}\` is not a date that exists. Write it as YYYY-MM-DD, for example 2027-01-31. Nothing was changed.`,
    pastDate: (date: string, today: string) =>
      `${date} is already past (today is ${today}). Pick a later date. Nothing was changed.`,
    invalidUrl: 'The deliverable must be a link starting with http:// or https://. Nothing was changed.',
    notesTooLong: (max: number) => `Notes can be at most ${max} characters. Nothing was changed.`,
    botUser: (user: string) => `<@${user}> is a bot and cannot own a phase. Nothing was changed.`,
    deactivatedUser: (user: string) =>
      `<@${user}> is deactivated and cannot own a phase. Nothing was changed.`,
    unknownUser: (user: string) => `I can't find the user <@${user}>. Nothing was changed.`,
    onlyManagers: (admins: string) =>
      `Only the strategy's admins (${admins}) or a workspace admin may choose a phase's owner. Nothing was changed.`,
    onlyEditors: (owner: string | null, admins: string) =>
      `Only ${owner ? `the phase's owner <@${owner}>, ` : ''}the strategy's admins (${admins}) or a workspace admin may change this phase. Nothing was changed.`,
    assigned: (user: string, phase: string) => `<@${user}> now owns *${phase}*. I told them by DM.`,
    alreadyOwner: (user: string, phase: string) => `<@${user}> already owns *${phase}*. Nothing was changed.`,
    dueSet: (phase: string, date: string) => `*${phase}* is now due ${date}.`,
    dueUnchanged: (phase: string, date: string) => `*${phase}* is already due ${date}. Nothing was changed.`,
    statusSet: (phase: string, status: string) => `*${phase}* is now: ${status}.`,
    dmNewOwner: (o: {
      phase: string;
      number: number;
      strategy: string;
      channel: string;
      due: string;
      produces: string;
      key: string;
      by: string;
    }) =>
      `<@${o.by}> made you the owner of phase ${o.number}/8, *${o.phase}*, of *${o.strategy}* in <#${o.channel}>. ${o.due}.\nIt produces: ${o.produces}.\nUpdate it with \`/smstrategy phase ${o.key}\` in <#${o.channel}> or from my Home tab.`,
    dmDue: (date: string) => `Due ${date}`,
    dmNoDue: 'No due date yet',
    dmPreviousOwner: (o: {
      phase: string;
      strategy: string;
      channel: string;
      owner: string | null;
      by: string;
    }) =>
      o.owner
        ? `<@${o.by}> handed *${o.phase}* of *${o.strategy}* in <#${o.channel}> to <@${o.owner}>. You no longer own it.`
        : `<@${o.by}> removed you as the owner of *${o.phase}* of *${o.strategy}* in <#${o.channel}>.`,
    modal: {
      title: 'Phase',
      submit: 'Save',
      close: 'Cancel',
      owner: 'Owner',
      ownerFixed: (owner: string | null) =>
        owner
          ? `*Owner:* <@${owner}> (only the strategy's admins may change the owner)`
          : "*Owner:* none yet (only the strategy's admins may choose one)",
      dueDate: 'Due date',
      status: 'Status',
      notes: 'Notes',
      notesHint: (max: number) => `Up to ${max} characters.`,
      deliverable: 'Deliverable link',
      deliverableHint: 'An http:// or https:// link to the document, board or folder.',
    },
    home: {
      heading: '*Your phases*',
      none: 'You own no phases yet. When someone makes you the owner of a phase, it shows up here.',
      more: (n: number) => `…and ${n} more. \`/smstrategy status\` in each channel lists them all.`,
      summary: (overdue: number, soon: number) => `${overdue} overdue · ${soon} due within a week`,
    },
  },
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
  plan: {
    title: (name: string) => `${name}: the social media strategy plan`,
    madeOn: (date: string) => `Made on ${date} from everything the team entered.`,
    facts: (timeZone: string, language: string, state: string) =>
      `Time zone: ${timeZone} · Language: ${language} · State: ${state}`,
    started: (user: string, date: string) => `Started by ${user} on ${date}.`,
    admins: (users: string) => `Admins: ${users}.`,
    unknownUser: (id: string) => `${id} (name not known yet)`,
    readinessHeading: '1. Readiness',
    readinessMissing:
      'The readiness analysis has not been done yet: run `/smstrategy assess` to answer the ten questions. Until then there is no verdict, no score and no list of gaps.',
    verdict: (verdict: string, score: number, max: number) =>
      `**Verdict:** ${verdict} · score ${score}/${max}`,
    revision: (revision: number, user: string, date: string) =>
      `Analysis revision ${revision}, saved by ${user} on ${date}.`,
    reasonsHeading: 'Why this verdict',
    answersHeading: 'The ten answers',
    answerLine: (n: number, question: string, rating: string) => `${n}. **${question}** (${rating})`,
    notAnswered: 'Not answered yet: answer it with `/smstrategy assess`.',
    responsible: (user: string) => `Responsible: ${user}`,
    gapsHeading: 'Gaps, and the phase that closes each',
    phasesHeading: '2. The eight phases',
    phaseHeading: (n: number, name: string, status: string) => `${n}. ${name}: ${status}`,
    produces: (text: string) => `Produces: ${text}.`,
    owner: (user: string) => `Owner: ${user}`,
    noOwner: (key: string) => `Owner: none yet. Assign one with \`/smstrategy assign ${key} @user\`.`,
    due: (date: string) => `Due: ${date}`,
    overdue: 'overdue',
    dueSoon: 'due within a week',
    noDue: (key: string) => `Due: no date yet. Set one with \`/smstrategy due ${key} YYYY-MM-DD\`.`,
    notes: 'Notes:',
    noNotes: (key: string) => `Notes: none yet. Add them with \`/smstrategy phase ${key}\`.`,
    deliverable: (url: string) => `Deliverable: ${url}`,
    noDeliverable: (key: string) => `Deliverable: no link yet. Add it with \`/smstrategy phase ${key}\`.`,
    metricsHeading: '3. Metrics',
    noMetrics:
      'No metrics yet, so nothing can be measured: add a measurable goal with `/smstrategy metric add`.',
    baseline: (value: string) => `Baseline: ${value}`,
    target: (value: string, date: string, direction: string) => `Target: ${value} by ${date} (${direction})`,
    latest: (value: string, period: string) => `Latest: ${value} (${period})`,
    noLatest: 'Latest: no value reported yet. Report one with `/smstrategy checkin`.',
    trend: (status: string, percent: string, spark: string) =>
      `Trend: ${status} · ${percent} of the way from baseline to target${spark ? ` · ${spark}` : ''}`,
    metricOwner: (user: string, cadence: string) => `Owner: ${user} · check-ins ${cadence}`,
    cadence: { weekly: 'weekly', monthly: 'monthly' } as Record<string, string>,
    scheduleHeading: '4. Schedule',
    digest: (day: string, time: string) => `Weekly digest: ${day} at ${time}`,
    checkin: (day: string, time: string) =>
      `Metric check-in: ${day} at ${time}, with one reminder by DM the next day to owners who have not reported`,
    nudgesOn: 'Owner reminders: on (phases due within three days or overdue, at most one DM a day)',
    nudgesOff: 'Owner reminders: off',
    timesIn: (timeZone: string) => `Times are local to ${timeZone}.`,
    paused: 'The scheduled messages are paused: `/smstrategy resume` restarts them.',
    changesHeading: '5. Latest changes',
    noChanges: 'No changes recorded yet.',
    changeLine: (at: string, user: string, what: string) => `${at} · ${user}: ${what}`,
    changes: {
      strategy_created: 'started the strategy',
      assessment_revised: (revision: string) =>
        `saved the readiness analysis${revision ? ` (revision ${revision})` : ''}`,
      phase_updated: (phase: string, fields: string) => `changed ${phase}${fields ? ` (${fields})` : ''}`,
      metric_created: (name: string) => `added the metric ${name}`,
      metric_updated: (name: string) => `edited the metric ${name}`,
      metric_archived: (name: string) => `archived the metric ${name}`,
      checkin_reported: (name: string, value: string, period: string) =>
        `reported ${value} for ${name} (${period})`,
      checkin_replaced: (name: string, value: string, period: string) =>
        `corrected ${name} to ${value} (${period})`,
      schedule_updated: 'changed the schedule',
      schedule_paused: 'paused the scheduled messages',
      schedule_resumed: 'resumed the scheduled messages',
      other: (action: string) => action,
    },
    fieldName: {
      ownerId: 'owner',
      dueDate: 'due date',
      status: 'status',
      notes: 'notes',
      deliverableUrl: 'deliverable',
    } as Record<string, string>,
    canvasCreated: 'The plan is posted in this channel as a Markdown file, and its canvas is created.',
    canvasUpdated: 'The plan is posted in this channel as a Markdown file, and its canvas is up to date.',
    canvasRefused: (reason: string) =>
      `The plan is posted in this channel as a Markdown file. I could not keep it as a canvas: ${reason}.`,
    canvasReason: {
      not_allowed: 'this workspace does not allow apps to create canvases',
      free_team_not_allowed: 'canvases need a paid Slack plan',
      canvas_disabled_user_team: 'canvases are turned off in this workspace',
      missing_scope: 'I have not been given permission to write canvases (the canvases:write scope)',
      restricted_action: 'the workspace does not let me create canvases in this channel',
      team_tier_cannot_create_channel_canvases:
        "the workspace's Slack plan does not allow canvases in channels",
      free_team_canvas_tab_already_exists:
        "this channel already has the one canvas tab the workspace's free plan allows",
    } as Record<string, string>,
    notPosted: (channel: string) =>
      `I could not post the plan in <#${channel}>: invite me there with \`/invite @smstrategy\` and run \`/smstrategy plan\` again.`,
    canvasReasonOther: (code: string) => `Slack answered \`${code}\``,
    fileTitle: (name: string, date: string) => `${name}: plan ${date}`,
  },
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

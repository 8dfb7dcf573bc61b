import type { QuestionKey } from '../../domain/method.js';
import type { PhaseFieldKey, PostingCadence } from '../../domain/phase-content.js';
import type { JudgementKey, Rating } from '../../domain/readiness.js';

// The documented plan (Markdown file, PDF and canvas) and its replies. The plan is a document for
// people outside Slack too: it names no commands, and what is not entered yet is listed at its end.
export const planTexts = {
  plan: {
    title: (name: string) => `${name}: social media strategy`,
    versionLine: (version: number, date: string) => `Version ${version} · ${date}`,
    facts: (timeZone: string, language: string, state: string) =>
      `Time zone: ${timeZone} · Language: ${language} · State: ${state}`,
    started: (user: string, date: string) => `Started by ${user} on ${date}.`,
    admins: (users: string) => `Admins: ${users}.`,
    unknownUser: (id: string) => `${id} (name not known yet)`,
    notYet: 'not entered yet',

    summaryHeading: '1. Executive summary',
    summary: {
      why: 'Why',
      goals: 'Goals',
      pitch: 'Pitch',
      audience: 'Audience',
      channels: 'Chosen channels',
      budget: 'Budget',
      verdict: 'Readiness',
    },
    monthlyBudget: (text: string) => `${text} a month`,
    hoursPerWeek: (text: string) => `${text} a week`,
    costsAnswer: (text: string) => `${text} (from the readiness analysis)`,
    verdictSummary: (verdict: string, score: number, max: number, headline: string) =>
      `${verdict} (${score}/${max}): ${headline}.`,
    noVerdict: 'no verdict yet, the readiness analysis has not been done',

    readinessHeading: '2. Readiness',
    readinessMissing:
      'The readiness analysis has not been done yet, so there is no verdict, no score and no list of gaps.',
    verdictLabel: 'Verdict:',
    verdict: (verdict: string, score: number, max: number) => `${verdict} · score ${score}/${max}`,
    revision: (revision: number, user: string, date: string) =>
      `Analysis revision ${revision}, saved by ${user} on ${date}.`,
    reasonsHeading: 'Why this verdict',
    judgementsHeading: 'Our three judgements',
    answersHeading: 'The ten answers',
    answerLine: (n: number, question: string) => `${n}. ${question}`,
    rated: (rating: string) => ` (${rating})`,
    notAnswered: 'Not answered yet.',
    responsible: (user: string) => `Responsible: ${user}`,
    gapsHeading: 'Gaps, and the phase that closes each',
    noGaps: 'No gaps: every answer is settled.',
    gapItem: (question: string, rating: string) => `${question} (${rating})`,
    addressedBy: (phase: string) => `addressed by ${phase}`,

    phasesHeading: '3. The strategy, phase by phase',
    phaseHeading: (n: number, name: string, status: string) => `${n}. ${name}: ${status}`,
    produces: (text: string) => `Produces: ${text}.`,
    owner: (user: string) => `Owner: ${user}`,
    due: (date: string) => `Due: ${date}`,
    overdue: 'overdue',
    dueSoon: 'due within a week',
    notes: 'Notes',
    deliverable: 'Deliverable: ',
    fieldName: {
      sources: 'Sources and communities followed',
      competitors: 'Competitors',
      findings: 'Findings',
      pillars: 'Content pillars',
      formats: 'Formats',
      tone: 'Tone of voice',
      rhythm: 'Publishing rhythm',
      participation: 'How we take part',
      response_time: 'Response-time promise',
      house_rules: 'House rules',
      responders: 'Who answers',
      reporting: 'What is reported, how often and by whom',
      roles: 'Roles',
      hours_per_week: 'Time per week',
      monthly_budget: 'Monthly budget',
    } satisfies Record<PhaseFieldKey, string>,
    goalsHeading: 'Goals',
    measuredBy: (metrics: string) => `measured by ${metrics}`,
    noMetricLinked: 'no metric linked yet',
    registerHeading: 'Channel register',
    registerColumns: [
      'Service',
      'Account',
      'Audience',
      'Purpose',
      'Posting',
      'Owner',
      'Last confirmed activity',
    ],
    postingCadence: {
      daily: 'daily',
      weekly: 'weekly',
      biweekly: 'every two weeks',
      monthly: 'monthly',
    } satisfies Record<PostingCadence, string>,
    activity: (posted: boolean, count: number | null, period: string, confirmedOn: string) =>
      `${posted ? (count === null ? 'posted' : `${count} posted`) : 'nothing posted'}, ${period} (confirmed ${confirmedOn})`,
    noActivity: 'none confirmed yet',
    seeActions: 'The actions, their owners and dates are in the action plan (section 5).',
    seeMeasurement: 'The metrics and their current figures are in the measurement plan (section 6).',

    risksHeading: '4. Risks and how we meet them',
    risksNoAnalysis: 'The risks follow from the readiness analysis, which has not been done yet.',
    noRisks: 'The analysis shows no open risks.',
    teamRisks: 'Risks the team named',
    risksIntro:
      'Each risk below follows from the analysis: an answer not yet settled, a doubtful judgement or an account nobody looks after. The work of one phase meets each.',
    riskColumns: ['Risk', 'How we meet it', 'Where it stands'],
    answerRisk: {
      why: 'Without a shared reason the work turns into activity for its own sake: the why has to come before the what and the how.',
      goals: 'Goals that cannot be measured cannot show whether the effort pays off.',
      pitch:
        'Without a short story of the brand, the messages in different channels pull in different directions.',
      audience:
        'An audience left undefined, or very different groups mixed in one place, blurs the message and can hurt the image.',
      whereabouts: 'We may build a presence where our audience does not gather at all.',
      costs: 'Social media takes steady time, and time is money: unclear costs leave the work short of both.',
      content_strategy:
        'Without a content strategy, publishing is improvised and the channels drift or fall silent.',
      ownership: 'An account that nobody looks after does more harm than having none.',
      risks:
        'Risks not thought through are met unprepared: criticism reaches many people in moments, and inside information may slip out.',
      measurement:
        'Without measurement nobody can tell, over the long run, whether the work serves its goal.',
    } satisfies Record<QuestionKey, string>,
    answerMitigation: {
      why: 'tie every goal to the reason, and the reason to the organisation’s strategy.',
      goals: 'give each goal a metric, a baseline and a target date.',
      pitch: 'set the core message and the tone of voice every post follows.',
      audience: 'name the groups we serve and what each of them talks about.',
      whereabouts: 'choose where we take part from where the audience really is.',
      costs: 'set the hours per week and the monthly budget, and who pays.',
      content_strategy: 'set the content pillars, formats and publishing rhythm.',
      ownership: 'name the roles, the time set aside and who answers.',
      risks: 'agree on house rules, a response-time promise and who answers criticism.',
      measurement: 'decide what is reported, how often and by whom.',
    } satisfies Record<QuestionKey, string>,
    ratingRisk: (rating: Exclude<Rating, 'clear'>): string =>
      rating === 'missing' ? 'not answered' : 'partly settled',
    judgementRisk: {
      reach: {
        no: 'We judged that our audience cannot be reached on social media.',
        partly: 'Our audience can be reached on social media only in part.',
      },
      resources: {
        no: 'The time and money the work needs are not there.',
        partly: 'Only part of the time and money the work needs is secured.',
      },
      commitment: {
        no: 'Nobody is really taking ownership of the work.',
        partly: 'Someone has been named, but no time has been set aside for the work.',
      },
    } satisfies Record<JudgementKey, Record<'no' | 'partly', string>>,
    judgementMitigation: {
      reach: 'find out where the audience gathers, if anywhere, before any account is opened.',
      resources: 'scale the plan to the hours and money really available.',
      commitment: 'name an owner for every role and account, with time set aside.',
    } satisfies Record<JudgementKey, string>,
    unownedChannel: (name: string) =>
      `Nobody looks after the account ${name}, and a neglected channel does more harm than none.`,
    unownedMitigation: 'name an owner for every account in the register.',
    mitigation: (phase: string, text: string) => `${phase}: ${text}`,
    addressed: (phase: string) => `Addressed by ${phase}`,
    standing: (status: string, owner: string | null, due: string | null) =>
      [status, owner ? `owner ${owner}` : null, due ? `due ${due}` : null].filter(Boolean).join(', '),

    actionsHeading: '5. Action plan',
    noActions: 'No actions entered yet.',
    actionColumns: ['#', 'Action', 'Owner', 'Due', 'State'],
    actionState: { done: 'done', open: 'open', overdue: 'overdue' },

    measurementHeading: '6. Measurement plan',
    noMetrics: 'No metrics yet, so nothing is measured.',
    metricColumns: ['Metric', 'Baseline', 'Target', 'Latest figure', 'Progress', 'Owner'],
    target: (value: string, date: string, direction: string) => `${value} by ${date} (${direction})`,
    latest: (value: string, period: string) => `${value}, ${period}`,
    noLatest: 'none reported yet',
    progress: (status: string, percent: string, spark: string) =>
      `${status} · ${percent}${spark ? ` · ${spark}` : ''}`,
    metricOwner: (user: string, cadence: string) => `${user} (${cadence})`,
    cadence: { weekly: 'weekly', monthly: 'monthly' } as Record<string, string>,
    rhythmHeading: 'Follow-up rhythm',
    digest: (when: string) => `Digest: ${when}`,
    checkin: (when: string, on: boolean) =>
      on
        ? `Metric check-in: ${when}, with one reminder by DM the next day to owners who have not reported`
        : `Metric check-in: ${when}`,
    nudgesOn:
      'Owner reminders: on (three working days before the due date, on the day, then weekly while overdue)',
    nudgesOff: 'Owner reminders: off',
    timesIn: (timeZone: string) => `Times are local to ${timeZone}.`,
    paused: 'The scheduled messages are paused for now.',

    versionHeading: '7. Version',
    versionIs: (version: number, date: string) => `This is version ${version} of the plan, made on ${date}.`,
    firstVersion: 'It is the first version.',
    changedSince: (previous: number, parts: string) => `Changed since version ${previous}: ${parts}.`,
    sectionName: {
      strategy: 'the strategy’s basic details',
      readiness: 'the readiness analysis',
      metrics: 'the metrics',
      schedule: 'the schedule',
    },
    changesHeading: 'Latest recorded edits',
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
        `reported ${value} for ${name}, ${period}`,
      checkin_replaced: (name: string, value: string, period: string) =>
        `corrected ${name} to ${value}, ${period}`,
      schedule_updated: 'changed the schedule',
      schedule_paused: 'paused the scheduled messages',
      schedule_resumed: 'resumed the scheduled messages',
      item_added: {
        goal: (label: string) => `added the goal “${label}”`,
        channel: (label: string) => `added the channel ${label} to the register`,
        action: (label: string) => `added the action “${label}”`,
      },
      item_updated: {
        goal: (label: string) => `edited the goal “${label}”`,
        channel: (label: string) => `edited the channel ${label} in the register`,
        action: (label: string) => `edited the action “${label}”`,
      },
      item_removed: {
        goal: (label: string) => `removed the goal “${label}”`,
        channel: (label: string) => `removed the channel ${label} from the register`,
        action: (label: string) => `removed the action “${label}”`,
      },
      channel_activity: (channel: string) =>
        channel ? `recorded the latest activity of ${channel}` : "recorded a channel's latest activity",
      admin_added: (who: string) => `made ${who} an admin of the strategy`,
      admin_removed: (who: string) => `removed ${who} from the strategy's admins`,
      settings_changed: "changed the strategy's settings",
      strategy_archived: 'archived the strategy',
      strategy_unarchived: 'brought the strategy back from the archive',
      api_token_created: (label: string) => `created the API token “${label}”`,
      api_token_revoked: (label: string) => `revoked the API token “${label}”`,
      other: 'made another change',
    },
    changedField: {
      ownerId: 'owner',
      dueDate: 'due date',
      status: 'status',
      notes: 'notes',
      deliverableUrl: 'deliverable',
    } as Record<string, string>,

    stillOpenHeading: '8. Still open',
    stillOpenIntro: 'These have not been entered yet:',
    nothingOpen: 'Nothing: everything the plan asks for has been entered.',
    open: {
      assessment: 'The readiness analysis: the ten answers and the three judgements.',
      answers: (list: string) => `Answers in the readiness analysis: ${list}.`,
      judgements: (list: string) => `Judgements in the readiness analysis: ${list}.`,
      phase: (phase: string, list: string) => `${phase}: ${list}.`,
      owner: 'owner',
      due: 'due date',
      goals: 'the goals',
      channels: 'the channel register',
      actions: 'the actions',
      metrics: 'the metrics',
      channelOwners: (list: string) => `An owner for these accounts: ${list}.`,
      actionDetails: (list: string) => `An owner or a due date for these actions: ${list}.`,
    },

    page: (n: number, total: number) => `Page ${n} of ${total}`,
    canvasCreated:
      'The plan is posted in this channel as a Markdown file and a PDF, and its canvas is created.',
    canvasUpdated:
      'The plan is posted in this channel as a Markdown file and a PDF, and its canvas is up to date.',
    canvasRecreated:
      'The plan is posted in this channel as a Markdown file and a PDF. Its canvas was gone, so I made a new one.',
    canvasRefused: (reason: string) =>
      `The plan is posted in this channel as a Markdown file and a PDF, but I could not keep it as a canvas. ${reason}`,
    fileTitle: (name: string, date: string) => `${name}: plan ${date}`,
  },
};

// The documented plan (Markdown file and canvas) and its replies.
export const planTexts = {
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
    latest: (value: string, period: string) => `Latest: ${value}, ${period}`,
    noLatest: 'Latest: no value reported yet. Report one with `/smstrategy checkin`.',
    trend: (status: string, percent: string, spark: string) =>
      `Trend: ${status} · ${percent} of the way from baseline to target${spark ? ` · ${spark}` : ''}`,
    metricOwner: (user: string, cadence: string) => `Owner: ${user} · check-ins ${cadence}`,
    cadence: { weekly: 'weekly', monthly: 'monthly' } as Record<string, string>,
    scheduleHeading: '4. Schedule',
    digest: (when: string) => `Digest: ${when}`,
    checkin: (when: string, on: boolean) =>
      on
        ? `Metric check-in: ${when}, with one reminder by DM the next day to owners who have not reported`
        : `Metric check-in: ${when}`,
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
        `reported ${value} for ${name}, ${period}`,
      checkin_replaced: (name: string, value: string, period: string) =>
        `corrected ${name} to ${value}, ${period}`,
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
    canvasRecreated:
      'The plan is posted in this channel as a Markdown file. Its canvas was gone, so I made a new one.',
    canvasRefused: (reason: string) =>
      `The plan is posted in this channel as a Markdown file, but I could not keep it as a canvas. ${reason}`,
    fileTitle: (name: string, date: string) => `${name}: plan ${date}`,
  },
};

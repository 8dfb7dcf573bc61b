import { characters, plural } from './counts.js';

// Measurable goals: the metric modal, list, check-ins, status lines and the chart.
export const metricTexts = {
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
      tooLong: (max: number) => `At most ${characters(max)}.`,
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
      'Use `/smstrategy metric add`, `metric list`, `metric edit &lt;name&gt;`, `metric archive &lt;name&gt;` or `metric chart &lt;name&gt;`.',
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
    checkinLabel: (name: string, unit: string) => (unit ? `${name} (${unit})` : name),
    checkinNone: 'There are no active metrics to report. Add one with `/smstrategy metric add`.',
    checkinSaved: (count: number) =>
      plural(count, { one: 'Thanks! 1 value saved.', other: `Thanks! ${count} values saved.` }),
    checkinNothing: 'Nothing changed: the values were already reported.',
    statusHeading: '*Metrics*',
    statusNone: '*Metrics:* none yet. Add a measurable goal with `/smstrategy metric add`.',
    statusLine: (name: string, latest: string, target: string, date: string) =>
      `*${name}* — ${latest} of target ${target} by ${date}`,
    noValue: 'no value yet',
    statusTrend: (bar: string, percent: string, spark: string, trend: string, period: string) =>
      `${bar} ${percent} · ${spark ? `\`${spark}\` · ` : ''}${trend}${period ? ` · latest: ${period}` : ''}`,
    trendName: {
      no_data: 'no values yet',
      reached: 'target reached',
      on_track: 'on track',
      behind: 'behind',
      moving_away: 'moving away from the target',
    },
    moreMetrics: (count: number) => `…and ${count} more.`,
    homeHeading: '*Your metrics*',
    homeCheckinButton: (strategy: string) => `Report values: ${strategy}`,
    chartComment: (name: string, progress: string) =>
      `*${name}*: reported values against the target path.${progress ? `\n${progress}` : ''}`,
    chartProgress: (latest: string, period: string, percent: string) =>
      `Latest: ${latest}, ${period} · ${percent} of the way from baseline to target`,
    chartLegendHistory: 'Reported values',
    chartLegendPath: 'target path',
    chartPosted: (name: string) => `The chart of *${name}* is posted in this channel.`,
  },
};

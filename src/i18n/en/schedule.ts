// The schedule modal and the scheduled messages: the weekly digest, check-in prompts, owner reminders.
export const scheduleTexts = {
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
      `When and how often I post the digest and the metric check-in to <#${channel}> (either can be off), and whether I remind owners of their due dates. Times are local to the time zone below and stay right across daylight-saving changes.`,
    digestDay: 'Digest: day',
    digestTime: 'Digest: time',
    checkinDay: 'Metric check-in: day',
    checkinTime: 'Metric check-in: time',
    checkinHint: 'Owners who have not reported get one reminder by DM the next day.',
    digestFrequency: 'Digest: how often',
    checkinFrequency: 'Metric check-in: how often',
    frequencyHint: 'Monthly: on the day below, in the first or the last seven days of the month.',
    frequencyNames: {
      weekly: 'Every week',
      biweekly: 'Every two weeks',
      monthly_first: 'Monthly, in the first week',
      monthly_last: 'Monthly, in the last week',
      off: 'Off',
    } as Record<string, string>,
    /** One kind's schedule in a sentence: "every other Monday at 09:00". */
    slotText: (frequency: string, day: string, time: string) =>
      ({
        weekly: `every ${day} at ${time}`,
        biweekly: `every other ${day} at ${time}`,
        monthly_first: `the first ${day} of each month at ${time}`,
        monthly_last: `the last ${day} of each month at ${time}`,
      })[frequency] ?? 'off',
    slotOff: 'off',
    previewDigest: 'Preview the next digest',
    previewTitle: 'Next digest',
    previewIntro: (channel: string, date: string, time: string) =>
      `What <#${channel}> gets on ${date} at ${time}, from what the strategy holds now. Changes in the schedule window that are not saved yet are not in it.`,
    previewPaused:
      'The scheduled messages of this strategy are paused, so no digest goes out until they are resumed. `/smstrategy status` shows why.',
    close: 'Close',
    previewOff:
      'The digest is switched off, so there is no next one to preview. Choose how often it comes and save first.',
    timeZone: 'Time zone',
    timeZoneHint: 'Type a city to find its zone, for example Helsinki or New York.',
    timeZonePlaceholder: 'Pick a time zone',
    suggestedZones: 'Suggested',
    zoneRegions: {
      Africa: 'Africa',
      America: 'Americas',
      Antarctica: 'Antarctica',
      Arctic: 'Arctic',
      Asia: 'Asia',
      Atlantic: 'Atlantic',
      Australia: 'Australia',
      Europe: 'Europe',
      Indian: 'Indian Ocean',
      Pacific: 'Pacific',
      UTC: 'Coordinated Universal Time',
    } as Record<string, string>,
    zoneRegionPart: (region: string, from: string, to: string) => `${region}: ${from} – ${to}`,
    nudges: 'Owner reminders',
    nudgesOn: 'On',
    nudgesHint:
      'A DM to each phase owner three working days before the due date, on the day, then weekly while overdue, at the digest’s time on their own clock.',
    nudgesOff: 'Off',
    invalidTimeZone: (zone: string) =>
      `"${zone}" is not a time zone I know. Pick one from the list, or name a city such as Helsinki.`,
    ambiguousTimeZone: (zone: string, candidates: string) =>
      `"${zone}" could be any of ${candidates}. Pick the one you mean from the list.`,
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
    stoppedHeading: '*Scheduled messages stopped*',
    stoppedLine: (what: string, channel: string, reason: string) =>
      `I could not post ${what} to <#${channel}>: ${reason}.`,
    stoppedHint:
      'Fix the cause (for example `/invite @smstrategy` in the channel), then press Resume: I first check that I can post there again.',
    resume: 'Resume',
    resumeBlocked: (channel: string, reason: string) =>
      `I still cannot post to <#${channel}>: ${reason}. Nothing was resumed. Fix that first (for example \`/invite @smstrategy\` in the channel) and press Resume again.`,
    nothingToResume: 'Nothing had stopped: the scheduled messages are running as set.',
    pausedNotice: (what: string, channel: string, reason: string) =>
      `I could not post ${what} to <#${channel}>: ${reason}. I paused it so nothing piles up. Fix the cause (for example \`/invite @smstrategy\` in the channel) and type \`/smstrategy resume\` there.`,
  },
  digest: {
    title: {
      weekly: (name: string) => `Weekly digest: ${name}`,
      biweekly: (name: string) => `Fortnightly digest: ${name}`,
      monthly_first: (name: string) => `Monthly digest: ${name}`,
      monthly_last: (name: string) => `Monthly digest: ${name}`,
    },
    phasesDone: (done: number, total: number) => `*Phases:* ${done} / ${total} done`,
    dueSoon: '*Due soon*',
    overdue: '*Overdue*',
    phaseLine: (phase: string, owner: string | null, due: string) =>
      `• ${phase} — ${owner ? `<@${owner}>` : 'no owner'} — ${due}`,
    metrics: '*Metrics*',
    nothingYet: 'Nothing to report yet: the phases and metrics appear here once the team sets them.',
    more: (n: number) => `…and ${n} more`,
    reportMetrics: 'Report metrics',
    openStatus: 'Open status',
  },
  checkin: {
    promptTitle: 'Metric check-in',
    promptButton: 'Report metrics',
  },
  nudge: {
    title: (name: string) => `Phases of *${name}* that need you`,
    dueSoon: (phase: string, due: string) => `• ${phase} is due on ${due}`,
    overdue: (phase: string, due: string) => `• ${phase} was due on ${due} and is overdue`,
  },
};

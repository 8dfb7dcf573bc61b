import { characters } from './counts.js';

// A strategy's admins, its settings, archiving and deleting it, and the overview its leads see
// on App Home.
export const lifecycleTexts = {
  lifecycle: {
    forbidden: (admins: string) =>
      `Only the strategy's admins (${admins}) and workspace admins can do this. Nothing was changed.`,
    archivedRefusal: (name: string) =>
      `*${name}* is archived: its status and plan can be read, but nothing in it can be changed. An admin can bring it back with \`/smstrategy unarchive\`.`,
    archived: (user: string, name: string) =>
      `<@${user}> archived *${name}*. Its scheduled messages have stopped and nothing in it can be changed; \`/smstrategy status\` and \`/smstrategy plan\` still work. An admin can bring it back with \`/smstrategy unarchive\`.`,
    alreadyArchived: 'This strategy is already archived. Nothing was changed.',
    unarchived: (user: string, name: string) =>
      `<@${user}> brought *${name}* back from the archive. Its scheduled messages continue from their next time; the ones that fell while it was archived are not sent afterwards.`,
    notArchived: 'This strategy is not archived. Nothing was changed.',
    notAnnounced: (name: string) => `The change to *${name}* is saved, but I could not tell the channel.`,
    deleteTitle: 'Delete the strategy',
    deleteSubmit: 'Delete for good',
    cancel: 'Cancel',
    deleteWarning: (name: string) =>
      `This deletes *${name}* and everything in it for good: the readiness answers, the phases and what they hold, the metrics and their check-ins, the schedule and its deliveries, and the link to its canvas. The canvas and the messages already posted stay in Slack. It cannot be undone.`,
    deleteNameLabel: "Type the strategy's name to confirm",
    deleteWrongName: "That is not the strategy's name. Nothing was deleted.",
    deleted: (user: string, name: string) =>
      `<@${user}> deleted the strategy *${name}* and everything in it. \`/smstrategy start\` begins a new one here.`,
    deletedPrivately: (name: string) => `The strategy *${name}* and everything in it are deleted.`,
    gone: 'This strategy no longer exists. Nothing was changed.',
    startInDm:
      'A strategy lives in a channel, where the team reads its digests and answers its check-ins, so it cannot be started in a direct message or a group DM. Create or pick a channel, invite me, and type `/smstrategy start` there. Nothing was created.',
  },
  admins: {
    usage:
      '`/smstrategy admin add @person`, `/smstrategy admin remove @person` or `/smstrategy admin list`. Type @ and pick the person from the list Slack offers.',
    list: (name: string, admins: string) =>
      `*Admins of ${name}:* ${admins}. Workspace admins can manage every strategy as well.`,
    added: (user: string) => `<@${user}> is now an admin of this strategy.`,
    alreadyAdmin: (user: string) => `<@${user}> is already an admin. Nothing was changed.`,
    removed: (user: string) => `<@${user}> is no longer an admin of this strategy.`,
    notAdmin: (user: string) => `<@${user}> is not an admin of this strategy. Nothing was changed.`,
    lastAdmin: (user: string) =>
      `<@${user}> is this strategy's only admin, and a strategy always keeps one. Add another admin first (\`/smstrategy admin add @person\`). Nothing was changed.`,
    botUser: (user: string) => `<@${user}> is a bot and cannot be an admin. Nothing was changed.`,
    deactivatedUser: (user: string) =>
      `<@${user}> is deactivated and cannot be an admin. Nothing was changed.`,
    unknownUser: (user: string) => `I can't find the user <@${user}>. Nothing was changed.`,
    toldAdded: (by: string, name: string, channel: string) =>
      `<@${by}> made you an admin of *${name}* in <#${channel}>. You can now change its settings, schedule, owners and admins: \`/smstrategy settings\` in that channel.`,
    toldRemoved: (by: string, name: string, channel: string) =>
      `<@${by}> removed you from the admins of *${name}* in <#${channel}>. You can still read it and update what you own.`,
    notTold: (user: string) => `I could not tell <@${user}> by direct message.`,
  },
  settings: {
    modalTitle: 'Strategy settings',
    save: 'Save',
    cancel: 'Cancel',
    intro: (channel: string) => `The settings of the strategy in <#${channel}>.`,
    name: 'Name',
    language: 'Language of channel posts, the plan and the canvas',
    languageOptions: { fi: 'Suomi', en: 'English' },
    timeZone: 'Time zone',
    timeZoneHint: 'Scheduled messages and due dates follow it.',
    workingDays: 'Working days',
    workingDaysHint: 'Reminders to owners go out only on these days.',
    nameEmpty: 'The strategy needs a name.',
    nameTooLong: (max: number) => `The name can be at most ${characters(max)}.`,
    noWorkingDays: 'Choose at least one working day.',
    saved: (name: string, language: string, timeZone: string, days: string) =>
      `Settings saved: *${name}* · ${language} · ${timeZone} · working days ${days}.`,
    unchanged: 'Nothing was changed.',
    renameUsage: '`/smstrategy rename <new name>` renames the strategy (admins).',
    renamed: (user: string, before: string, after: string) =>
      `<@${user}> renamed the strategy *${before}* to *${after}*.`,
    renameUnchanged: (name: string) => `The strategy is already called *${name}*. Nothing was changed.`,
    renameTooLong: (max: number) => `The name can be at most ${characters(max)}. Nothing was changed.`,
    button: 'Settings',
  },
  leadHome: {
    heading: '*Strategies you run*',
    headingAll: '*Strategies in this workspace* (you are a workspace admin)',
    verdictNone: 'readiness not analysed',
    readiness: (verdict: string) => `Readiness: ${verdict}`,
    phases: (done: number, overdue: number) =>
      `phases done ${done}/8${overdue > 0 ? `, ${overdue} overdue` : ''}`,
    metrics: (onTrack: number, offTrack: number) =>
      onTrack + offTrack === 0
        ? 'no metric values yet'
        : `metrics ${onTrack} on track, ${offTrack} off track`,
    noMetrics: 'no metrics',
    lastCheckin: (date: string) => `last check-in ${date}`,
    noCheckin: 'no check-ins yet',
    schedule: { active: 'schedule running', paused: 'schedule paused', archived: 'archived' },
    status: 'Status',
    settings: 'Settings',
    plan: 'Plan',
    previous: 'Previous',
    next: 'Next',
    page: (page: number, pages: number) => `Page ${page} of ${pages}`,
    planPosted: (channel: string) => `The plan is posted in <#${channel}>.`,
    statusTitle: 'Status',
    close: 'Close',
  },
};

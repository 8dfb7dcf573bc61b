// Owner nudges and their buttons, the admins' reassign request, and the notices of changes
// someone else made to a person's phases.
export const nudgeTexts = {
  nudges: {
    dueToday: (phase: string) => `• ${phase} is due today`,
    markDone: 'Mark done',
    snooze: 'Snooze a week',
    open: 'Open the phase',
    notMine: 'Not mine',
    ladder:
      'I remind you three working days before a due date, on the day, and once a week while a phase is overdue.',
    markedDone: (phase: string) => `✅ ${phase}: marked done.`,
    isDone: (phase: string) => `✅ ${phase} is done.`,
    snoozed: (phase: string, until: string) => `💤 ${phase}: no reminders before ${until}.`,
    disowned: (phase: string) => `↩️ ${phase}: I asked the strategy’s admins to find its owner.`,
    isBlocked: (phase: string) => `⛔ ${phase} is blocked: no reminders until it moves again.`,
    movedOn: (phase: string, owner: string | null) =>
      owner ? `${phase} now belongs to <@${owner}>.` : `${phase} has no owner now.`,
    onlyOwner: 'Only the phase’s owner can do that.',
    reassignRequest: (owner: string, phase: string, strategy: string, channel: string) =>
      `<@${owner}> says *${phase}* of *${strategy}* (<#${channel}>) is not theirs. Pick its new owner:`,
    reassignPlaceholder: 'Choose a person',
    reassigned: (phase: string, owner: string, by: string) =>
      `*${phase}* now belongs to <@${owner}> (reassigned by <@${by}>).`,
    alreadyReassigned: (phase: string, owner: string | null) =>
      owner ? `*${phase}* already belongs to <@${owner}>.` : `*${phase}* has no owner now.`,
  },
  notices: {
    title: (strategy: string) => `What changed in *${strategy}*`,
    dueChanged: (actors: string, phase: string, before: string, after: string) =>
      `• ${actors} moved the due date of *${phase}* from ${before} to ${after}.`,
    dueSet: (actors: string, phase: string, after: string) =>
      `• ${actors} set the due date of *${phase}* to ${after}.`,
    dueRemoved: (actors: string, phase: string) => `• ${actors} removed the due date of *${phase}*.`,
    statusChanged: (actors: string, phase: string, before: string, after: string) =>
      `• ${actors} changed the status of *${phase}* from ${before} to ${after}.`,
    blocked: (actor: string, phase: string, owner: string | null) =>
      `⛔ ${actor} marked *${phase}* blocked${owner ? ` (owner <@${owner}>)` : ' (no owner)'}.`,
    note: (note: string) => `Their note: ${note}`,
    noNote: 'No note was given.',
    more: (n: number) => `…and ${n} more`,
  },
};

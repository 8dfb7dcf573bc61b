import { plural } from './counts.js';

// Check-ins: the modal's parts beyond one value (periods, owners, comment, confidence, pages), the
// prompt and the reminder that ask for values, and what the digest says of each metric.
export const checkinTexts = {
  checkins: {
    intro: (periods: string) =>
      `Values for *${periods}*. Values already reported are filled in: change one to replace it, or leave it empty to skip the metric. Comments and confidence show in the digest.`,
    savedSoFar: (count: number) =>
      plural(count, {
        one: '1 value saved. The rest of the metrics:',
        other: `${count} values saved. The rest of the metrics:`,
      }),
    yourMetrics: '*Your metrics*',
    ownerMetrics: (owner: string) => `*Owner: <@${owner}>*`,
    hint: (target: string, date: string, period: string) => `Target ${target} by ${date} · ${period}`,
    comment: 'Comment',
    commentPlaceholder: 'What explains the value?',
    confidence: 'Confidence',
    confidencePlaceholder: 'How does the target look?',
    confidenceName: { on_track: 'On track', at_risk: 'At risk', off_track: 'Off track' },
    needsValue: 'Give the value this comment and confidence go with, or clear them.',
    page: (from: number, to: number, total: number) =>
      `Metrics ${from}–${to} of ${total}. *Report and continue* saves these and shows the rest.`,
    continue: 'Report and continue',
    prompt: (name: string) =>
      `Time for the check-in of *${name}*. These metrics are waiting for their values:`,
    promptLine: (metric: string, period: string, owner: string) => `• *${metric}* — ${period} — <@${owner}>`,
    reminder: (name: string, channel: string) =>
      `A reminder from *${name}* in <#${channel}>: these metrics of yours are still waiting for their values:`,
    reminderLine: (metric: string, period: string) => `• *${metric}* — ${period}`,
    more: (count: number) => `…and ${count} more`,
    change: (period: string, delta: string, towards: boolean) =>
      `Change since ${period}: ${delta}, ${towards ? 'towards the target' : 'away from the target'}`,
    noChange: (period: string) => `No change since ${period}`,
    quoted: (comment: string) => `“${comment}”`,
    notReported: (period: string, owner: string) => `Not reported yet for ${period}: <@${owner}>`,
  },
};

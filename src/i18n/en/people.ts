// People who leave the workspace: what they owned, flagged for a new owner, and the replies to
// reassigning it.
export const peopleTexts = {
  people: {
    /** Someone whose personal data was removed. */
    formerMember: 'former member',
  },
  ownerLeft: {
    heading: (count: number) =>
      count === 1
        ? ':warning: *Owner left:* Slack reports this owner deactivated. Pick a new owner:'
        : `:warning: *Owner left:* Slack reports these ${count} items' owners deactivated. Pick a new owner for each:`,
    homeHeading: (strategy: string, channel: string) =>
      `:warning: *Owner left* in *${strategy}* (<#${channel}>): pick a new owner for each.`,
    phase: (name: string, owner: string) => `Phase *${name}*, owned by ${owner}`,
    metric: (name: string, owner: string) => `Metric *${name}*, owned by ${owner}`,
    action: (what: string, owner: string) => `Action *${what}*, owned by ${owner}`,
    channel: (account: string, owner: string) => `Account *${account}*, owned by ${owner}`,
    pick: 'Choose the new owner',
    more: (n: number) => `…and ${n} more, listed once these are reassigned.`,
    reassigned: (item: string, user: string) => `${item} now belongs to <@${user}>.`,
    phaseItem: (name: string) => `Phase *${name}*`,
    metricItem: (name: string) => `Metric *${name}*`,
    actionItem: (what: string) => `Action *${what}*`,
    channelItem: (account: string) => `Account *${account}*`,
    gone: 'That item no longer exists or no longer needs a new owner.',
    metricForbidden:
      "Only the strategy's admins, the metric's owner and workspace admins can change its owner.",
  },
};

// What someone is told when a post the app makes for them fails after their request was taken:
// what was saved, and what to do next.
export const postingTexts = {
  posting: {
    /** Why the channel took no post, by Slack's error, with the way out. */
    unreachable: {
      not_in_channel: (channel: string) =>
        `I am not a member of <#${channel}>. To post there, type \`/invite @smstrategy\` in the channel.`,
      channel_not_found: (channel: string) =>
        `I cannot see <#${channel}>. If it is private, type \`/invite @smstrategy\` in it; if it was deleted, start the strategy in another channel.`,
      is_archived: (channel: string) =>
        `<#${channel}> is archived. Unarchive it to post there, or start the strategy in another channel.`,
    } as Record<string, (channel: string) => string>,
    rateLimited: 'Slack asked me to slow down. Try again in a minute.',
    noAccess:
      'Slack no longer accepts my access to this workspace. A workspace admin can reinstall the app; nothing is lost.',
    failed: (reason: string) => `Slack did not take it (\`${reason}\`). Try again in a moment.`,
    // What was done before the post failed.
    nothingChanged: 'Nothing was changed.',
    chartNotPosted: (name: string) => `I could not post the chart of *${name}*.`,
    metricNotAnnounced: (name: string) =>
      `Metric *${name}* is saved, but I could not announce it in the channel.`,
    notConfirmed: (channel: string) => `I could not show this in <#${channel}>, so here it is.`,
    startNotAnnounced: (name: string) =>
      `The strategy *${name}* is started, but I could not announce it in the channel.`,
    pauseNotAnnounced: (paused: boolean): string =>
      paused
        ? 'The scheduled messages are paused, but I could not tell the channel.'
        : 'The scheduled messages are running again, but I could not tell the channel.',
    readinessNotPosted: 'The analysis is saved, but I could not post it in the channel.',
    summaryBelow: 'Here is the summary meanwhile.',
    planNotPosted: 'I could not post the plan.',
    ownerNotTold: (user: string, reason: string) =>
      `I could not tell <@${user}> by direct message (Slack answered \`${reason}\`), so please let them know yourself.`,
    phaseSaved: 'The change is saved.',
  },
  canvas: {
    /** One sentence for each error Slack documents for writing a canvas, saying what it means. */
    reason: {
      canvas_disabled_user_team: 'Canvases are turned off in this workspace.',
      not_allowed: 'This workspace does not let apps create canvases.',
      restricted_action: 'A workspace setting does not let me create or edit canvases here.',
      missing_scope: 'I was installed without permission to write canvases (the canvases:write scope).',
      free_team_not_allowed: 'Canvases made by apps need a paid Slack plan.',
      free_teams_cannot_create_standalone_canvases:
        'On Slack’s free plan a canvas must belong to a channel, and this one could not be added to it.',
      free_teams_cannot_create_non_tabbed_canvases:
        'On Slack’s free plan a canvas must be a tab of a channel, and this one could not be added as one.',
      free_teams_cannot_edit_standalone_canvases:
        'On Slack’s free plan I cannot edit a canvas that is not a tab of a channel.',
      team_tier_cannot_create_channel_canvases:
        'This workspace’s Slack plan does not allow channel canvases.',
      free_team_canvas_tab_already_exists:
        'On Slack’s free plan a channel has room for one canvas tab, and this channel already has it.',
      channel_canvas_already_exists: 'This channel already has a channel canvas.',
      canvas_creation_failed: 'Slack could not create the canvas.',
      channel_canvas_creation_failed: 'Slack could not create the channel canvas.',
      canvas_tab_creation_failed: 'Slack could not add the canvas as a tab of this channel.',
      canvas_editing_failed: 'Slack could not apply the changes to the canvas.',
      canvas_editing_locked: 'Someone else is editing the canvas right now.',
      canvas_too_large: 'The plan has grown too large for the canvas.',
      canvas_not_found: 'The canvas I kept the plan in is gone, or I can no longer see it.',
    } as Record<string, string>,
    /** What to do, the same for every error of a group. */
    advice: {
      settings: 'A workspace admin can change that; until then the Markdown file has the whole plan.',
      reinstall:
        'A workspace admin can reinstall the app to grant it; until then the file has the whole plan.',
      plan: 'The Markdown file has the whole plan, and it is posted again whenever you run `/smstrategy plan`.',
      taken:
        'Remove that canvas from the channel and run `/smstrategy plan` again, or keep using the Markdown file.',
      retry: 'Run `/smstrategy plan` again in a moment; the file has the whole plan meanwhile.',
      tooLarge: 'The Markdown file has all of it.',
    } as Record<string, string>,
    other: (code: string) => `Slack answered \`${code}\` when I wrote the canvas.`,
  },
};

// The bot scopes the app really uses; the manifests ask for exactly these (a test holds them
// together), and the OAuth install requests them.
// files:write: the plan and metric charts; canvases:write: the plan's canvas; channels:history and
// groups:history: the scheduler looks in the channel for a post whose answer was lost; im:write and
// im:history: the same for a DM, in the app's direct message with the person (conversations.open
// gives its id, conversations.history reads it).
// channels:read and groups:read: App Home shows a private channel's strategy only to its members
// (conversations.info says whether a channel is private, conversations.members who is in it).
// files:read: a metric's history sent to the app's DM as a file is downloaded from Slack with it.
export const BOT_SCOPES = [
  'commands',
  'chat:write',
  'users:read',
  'files:write',
  'canvases:write',
  'channels:history',
  'groups:history',
  'im:write',
  'im:history',
  'channels:read',
  'groups:read',
  'files:read',
] as const;

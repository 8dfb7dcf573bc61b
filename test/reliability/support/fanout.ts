import type { SlackStandIn } from '../../support/slack-stand-in.js';

/** Posts Slack completed and answered ok, by channel (a call cut off by a dying process never completed). */
export function postsByChannel(standIn: SlackStandIn): Map<string, string[]> {
  const by = new Map<string, string[]>();
  for (const c of standIn.callsOf('chat.postMessage')) {
    if (!c.result?.ok) continue;
    const channel = String(c.args.channel);
    by.set(channel, [...(by.get(channel) ?? []), String(c.result.ts)]);
  }
  return by;
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import type { WebClientOptions } from '@slack/web-api';

// The yardstick for the request path: a Bolt app with the same HTTPReceiver setup and Web API
// client options as src/app.ts, whose /smstrategy listener acks and makes the same Slack calls
// (users.info, then respond() for status or views.open for assess) with no logic and no database.
// Run as its own process: PORT, SLACK_API_URL, SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN.

const env = process.env;
const clientOptions: WebClientOptions = {
  slackApiUrl: env.SLACK_API_URL!,
  retryConfig: { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 2_000 },
  timeout: 10_000,
};

const receiver = new HTTPReceiver({
  signingSecret: env.SLACK_SIGNING_SECRET!,
  port: Number(env.PORT),
  logLevel: LogLevel.WARN,
  customRoutes: [
    {
      path: '/healthz',
      method: ['GET'],
      handler: (_req: IncomingMessage, res: ServerResponse) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: true }));
      },
    },
  ],
  installerOptions: { clientOptions, directInstall: true },
});

const app = new App({
  token: env.SLACK_BOT_TOKEN!,
  receiver,
  clientOptions,
  logLevel: LogLevel.WARN,
  extendedErrorHandler: true,
});

app.command('/smstrategy', async ({ command, ack, respond, client }) => {
  await ack();
  await client.users.info({ user: command.user_id, include_locale: true });
  if (command.text.startsWith('assess')) {
    await client.views.open({
      trigger_id: command.trigger_id,
      view: {
        type: 'modal',
        title: { type: 'plain_text', text: 'Readiness' },
        blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'bare' } }],
      },
    });
    return;
  }
  await respond({ response_type: 'ephemeral', text: 'bare status' });
});

await app.start();
process.on('SIGTERM', () => {
  void app.stop().then(() => process.exit(0));
});

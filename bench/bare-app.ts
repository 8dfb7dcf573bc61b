import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import type { WebClientOptions } from '@slack/web-api';
import { PHASE_KEYS } from '../src/domain/method.js';
import { computeReadiness } from '../src/domain/readiness.js';
import type { Strategy } from '../src/domain/strategy.js';
import { assessmentMetadata } from '../src/slack/assessment-state.js';
import { assessmentStepView } from '../src/views/assessment.js';
import { statusMessage } from '../src/views/status.js';
import { channelOf, seededAnswers, teamOf } from './seed-data.js';

// The yardstick for the request path: the thinnest Bolt app that sends what the real app sends,
// with the same HTTPReceiver setup and Web API client options as src/app.ts. Its /smstrategy
// listener answers status in its ack (the real status message as the ack's body) and for assess
// acks, then calls views.open with the real first step of the assessment modal; no users.info, no
// logic, no database. Both replies are rendered once at start-up from fixed data (the same answers
// bench/seed.ts stores), so the comparison is about the app's work and not about payload size.
// For the API row it also takes `POST /api/v1/metrics/:metric/values` the way any bare Node server
// would: reads the JSON body, parses it and answers 201 with a body of the real answer's size, with
// no token, no checks and no database.
// Run as its own process: PORT, SLACK_API_URL, SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN.

const env = process.env;
const clientOptions: WebClientOptions = {
  slackApiUrl: env.SLACK_API_URL!,
  retryConfig: { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 2_000 },
  timeout: 10_000,
};

/** What the real API answers a value with, in size and shape. */
const API_ANSWER = {
  metric: { id: '00000000-0000-4000-8000-000000000000', name: 'Website visits' },
  value: {
    period: '2026-W49',
    value: 0,
    comment: null,
    confidence: null,
    reportedAt: '2026-11-30T06:00:00.000Z',
    source: { kind: 'api', label: 'bench' },
  },
  replaced: {
    period: '2026-W49',
    value: 0,
    comment: null,
    confidence: null,
    reportedAt: '2026-11-30T06:00:00.000Z',
    source: { kind: 'api', label: 'bench' },
  },
};

const receiver = new HTTPReceiver({
  signingSecret: env.SLACK_SIGNING_SECRET!,
  port: Number(env.PORT),
  logLevel: LogLevel.WARN,
  customRoutes: [
    {
      path: '/api/v1/metrics/:metric/values',
      method: ['POST'],
      handler: (req: IncomingMessage, res: ServerResponse) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          const sent = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { value: number };
          const body = JSON.stringify({ ...API_ANSWER, value: { ...API_ANSWER.value, value: sent.value } });
          res.writeHead(201, {
            'content-type': 'application/json; charset=utf-8',
            'cache-control': 'no-store',
          });
          res.end(body);
        });
      },
    },
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

const strategy: Strategy = {
  id: 'bench',
  teamId: teamOf(0),
  channelId: channelOf(0),
  name: 'Strategy 0/0',
  language: 'en',
  timeZone: 'Europe/Helsinki',
  workingDays: [1, 2, 3, 4, 5],
  state: 'active',
  createdBy: 'UADMIN',
  createdAt: new Date(Date.UTC(2026, 10, 26)),
  updatedAt: new Date(Date.UTC(2026, 10, 26)),
  admins: ['UADMIN'],
};
const answers = seededAnswers(0);
const STATUS_REPLY = {
  response_type: 'ephemeral' as const,
  ...statusMessage(strategy, 'en', {
    readiness: {
      readiness: computeReadiness(answers),
      judgements: {},
      addressed: [],
      revision: 1,
      updatedBy: 'UADMIN',
      updatedAt: strategy.createdAt,
    },
    // The same eight phases and (no) metrics the real app's status shows for a seeded strategy.
    phases: {
      phases: PHASE_KEYS.map((key) => ({
        strategyId: strategy.id,
        teamId: strategy.teamId,
        key,
        ownerId: null,
        dueDate: null,
        status: 'not_started' as const,
        notes: null,
        deliverableUrl: null,
        updatedAt: null,
      })),
      today: '2026-11-26',
    },
    metrics: [],
  }),
};
const ASSESS_VIEW = assessmentStepView('en', {
  step: 0,
  answers,
  judgements: {},
  privateMetadata: assessmentMetadata({ strategyId: strategy.id, channelId: strategy.channelId, step: 0 }),
});

const app = new App({
  token: env.SLACK_BOT_TOKEN!,
  receiver,
  clientOptions,
  logLevel: LogLevel.WARN,
  extendedErrorHandler: true,
});

app.command('/smstrategy', async ({ command, ack, client }) => {
  if (command.text.startsWith('assess')) {
    await ack();
    await client.views.open({ trigger_id: command.trigger_id, view: ASSESS_VIEW });
    return;
  }
  await ack(STATUS_REPLY);
});

await app.start();
process.on('SIGTERM', () => {
  void app.stop().then(() => process.exit(0));
});

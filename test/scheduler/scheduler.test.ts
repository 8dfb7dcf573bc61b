import { afterEach, describe, expect, it } from 'vitest';
import type { OwnerNudge } from '../../src/domain/digest.js';
import type { DueCheckin } from '../../src/domain/reporting.js';
import { TestClock } from '../support/clock.js';
import { TestApp, U1, UFI } from '../support/harness.js';

let t: TestApp;
afterEach(async () => {
  await t?.stop();
});

async function boot(
  start: string,
  options: { nudges?: OwnerNudge[]; due?: DueCheckin[]; sleep?: (ms: number) => Promise<void> } = {},
) {
  t = await TestApp.start({
    clock: new TestClock(start),
    users: [
      U1,
      UFI,
      { id: 'UNY', locale: 'en-US', tz: 'America/New_York' },
      { id: 'U2', locale: 'en-US', tz: 'Europe/Helsinki' },
    ],
    scheduler: {
      tick: false,
      ...(options.sleep ? { sleep: options.sleep } : {}),
      ...(options.nudges || options.due
        ? {
            content: {
              digest: async (s) => ({
                strategyId: s.id,
                strategyName: s.name,
                channelId: s.channelId,
                language: s.language,
              }),
              checkinDue: async () => options.due ?? [],
              checkinReminders: async () => [...new Set((options.due ?? []).map((d) => d.ownerId))],
              nudges: async () => options.nudges ?? [],
            },
          }
        : {}),
    },
  });
}

/** Retries without waiting: each wait the scheduler asks for, and how many Slack calls came before it. */
function recordedWaits() {
  const waits: { ms: number; callsBefore: number }[] = [];
  const sleep = async (ms: number) => {
    waits.push({ ms, callsBefore: t.standIn.calls.length });
  };
  return { waits, sleep };
}

/** Posts Slack actually answered (a call that failed or was cut off never reached the channel). */
const posted = (channel?: string) =>
  t.standIn
    .callsOf('chat.postMessage')
    .filter((c) => c.result?.ok && (channel === undefined || c.args.channel === channel));

/** Runs `/smstrategy schedule` and returns the modal opened for that very command. */
async function openSchedule(user: string): Promise<any> {
  const { payload } = await t.command('schedule', { user });
  const open = await t.standIn.waitFor('views.open', (a) => a.trigger_id === payload.trigger_id);
  return open.args.view;
}

async function schedule(kind: 'digest' | 'checkin_prompt' | 'checkin_reminder' | 'nudges') {
  return t.app.db.selectFrom('schedules').selectAll().where('kind', '=', kind).executeTakeFirstOrThrow();
}

describe('the weekly digest', () => {
  it('posts Monday 09:00 Helsinki at 06:00Z before the October change and 07:00Z after it', async () => {
    await boot('2026-10-11T12:00:00Z');
    await t.reply('start Launch');
    expect(new Date((await schedule('digest')).next_run_at).toISOString()).toBe('2026-10-12T06:00:00.000Z');

    t.clock.set('2026-10-12T05:59:59Z');
    await t.app.scheduler.tick();
    expect(posted('C1')).toHaveLength(0);

    t.clock.set('2026-10-12T06:00:00Z');
    await t.app.scheduler.tick();
    expect(posted('C1')).toHaveLength(1);

    t.clock.set('2026-10-19T06:00:00Z');
    await t.app.scheduler.tick();
    expect(new Date((await schedule('digest')).next_run_at).toISOString()).toBe('2026-10-26T07:00:00.000Z');
    t.clock.set('2026-10-26T06:00:00Z');
    await t.app.scheduler.tick();
    expect(posted('C1')).toHaveLength(2);
    t.clock.set('2026-10-26T07:00:00Z');
    await t.app.scheduler.tick();
    const digests = posted('C1');
    expect(digests).toHaveLength(3);
    expect(digests[2]!.args.text).toBe('Weekly digest: Launch');
    const buttons = digests[2]!.args.blocks.find((b: any) => b.type === 'actions').elements;
    expect(buttons.map((b: any) => b.action_id)).toEqual(['digest_report_metrics', 'digest_open_status']);

    const delivery = await t.app.db
      .selectFrom('deliveries')
      .selectAll()
      .where('slot_at', '=', Date.parse('2026-10-26T07:00:00Z'))
      .executeTakeFirstOrThrow();
    expect(delivery).toMatchObject({ state: 'sent', recipient: 'C1', message_ts: digests[2]!.result!.ts });
  });

  it('is written in the strategy language', async () => {
    await boot('2026-11-29T12:00:00Z');
    await t.reply('start Lanseeraus', { user: 'UFI' });
    t.clock.set('2026-11-30T07:00:00Z');
    await t.app.scheduler.tick();
    expect(posted('C1')[0]!.args.text).toBe('Viikkokooste: Lanseeraus');
  });

  it('the open-status button shows the status', async () => {
    await boot('2026-11-29T12:00:00Z');
    await t.reply('start Launch');
    const { responseUrl } = await t.action('digest_open_status');
    const call = await t.standIn.waitForReply(responseUrl);
    expect(call.args.text).toBe('Launch');
  });
});

describe('the tick', () => {
  it('node-cron drives each process’s tick once the app starts, and stop() ends it', async () => {
    t = await TestApp.start({
      clock: new TestClock('2026-11-29T12:00:00Z'),
      users: [U1],
      scheduler: { tick: '* * * * * *' },
    });
    await t.reply('start Launch');
    t.clock.set('2026-11-30T07:00:00Z');
    const post = await t.standIn.waitFor('chat.postMessage', (a) => a.channel === 'C1');
    expect(post.args.text).toBe('Weekly digest: Launch');
  });
});

/** A metric of `owner` asked for in week 48 of 2026. */
const dueFor = (owner: string): DueCheckin => ({
  metricId: `M-${owner}`,
  name: `Followers of ${owner}`,
  ownerId: owner,
  period: '2026-W48',
});

describe('the check-in prompt', () => {
  it('is posted on its day, naming the metrics asked for, with a button that opens the check-in', async () => {
    await boot('2026-11-26T12:00:00Z', { due: [dueFor('U2')] });
    await t.reply('start Launch');
    // Default: Fridays 10:00 in the strategy's zone (Helsinki, UTC+2 in November).
    t.clock.set('2026-11-27T08:00:00Z');
    await t.app.scheduler.tick();
    const [prompt] = posted('C1');
    expect(prompt!.args.text).toBe(
      'Time for the check-in of *Launch*. These metrics are waiting for their values:',
    );
    expect(JSON.stringify(prompt!.args.blocks)).toContain(
      '• *Followers of U2* — week 48 (23–29 Nov) — <@U2>',
    );
    const buttons = prompt!.args.blocks.find((b: any) => b.type === 'actions').elements;
    expect(buttons.map((b: any) => b.action_id)).toEqual(['checkin_prompt_open']);
  });
});

describe('the check-in reminder', () => {
  it('DMs owners who have not reported once, the day after the prompt, in their language', async () => {
    await boot('2026-11-26T12:00:00Z', { due: [dueFor('U2'), dueFor('UFI')] });
    await t.reply('start Launch');
    t.clock.set('2026-11-27T08:00:00Z');
    await t.app.scheduler.tick();
    expect(posted('U2')).toHaveLength(0);
    t.clock.set('2026-11-28T08:00:00Z');
    await t.app.scheduler.tick();
    await t.app.scheduler.tick();
    expect(posted('U2')).toHaveLength(1);
    expect(posted('U2')[0]!.args.text).toContain(
      'A reminder from *Launch* in <#C1>: these metrics of yours are still waiting for their values:',
    );
    expect(JSON.stringify(posted('U2')[0]!.args.blocks)).toContain(
      '• *Followers of U2* — week 48 (23–29 Nov)',
    );
    expect(posted('UFI')).toHaveLength(1);
    expect(posted('UFI')[0]!.args.text).toContain('Muistutus strategiasta *Launch* kanavalla <#C1>');
    expect(JSON.stringify(posted('UFI')[0]!.args.blocks)).toContain('viikko 48 (23.–29.11.)');
  });
});

describe('missed slots', () => {
  it('down for 3 hours over a slot: one late post', async () => {
    await boot('2026-11-29T12:00:00Z');
    await t.reply('start Launch');
    t.clock.set('2026-11-30T10:00:00Z');
    await t.app.scheduler.tick();
    await t.app.scheduler.tick();
    expect(posted('C1')).toHaveLength(1);
    expect(new Date((await schedule('digest')).next_run_at).toISOString()).toBe('2026-12-07T07:00:00.000Z');
    expect(t.logs.some((l) => l.includes('"slot claimed"') && l.includes('"lateByMs":10800000'))).toBe(true);
  });

  it('down for 3 days: nothing for the old slot, logged, and the next one on time', async () => {
    await boot('2026-11-29T12:00:00Z');
    await t.reply('start Launch');
    t.clock.set('2026-12-03T07:00:00Z');
    await t.app.scheduler.tick();
    expect(posted('C1')).toHaveLength(0);
    const skip = t.logs
      .map((l) => JSON.parse(l))
      .find((l) => l.msg.startsWith('slot skipped') && l.kind === 'digest');
    expect(skip).toMatchObject({ kind: 'digest', slotAt: '2026-11-30T07:00:00.000Z', level: 40 });
    expect(new Date((await schedule('digest')).next_run_at).toISOString()).toBe('2026-12-07T07:00:00.000Z');

    t.clock.set('2026-12-07T07:00:00Z');
    await t.app.scheduler.tick();
    expect(posted('C1')).toHaveLength(1);
  });

  it('down for three weeks: the missed slots never pile up', async () => {
    await boot('2026-11-29T12:00:00Z');
    await t.reply('start Launch');
    t.clock.set('2026-12-21T09:00:00Z');
    await t.app.scheduler.tick();
    await t.app.scheduler.tick();
    // The slot of 21 December (07:00Z) is two hours late: sent once; the older ones are skipped once.
    expect(posted('C1')).toHaveLength(1);
    const rows = await t.app.db
      .selectFrom('deliveries')
      .innerJoin('schedules', 'schedules.id', 'deliveries.schedule_id')
      .select(['deliveries.state', 'deliveries.slot_at'])
      .where('schedules.kind', '=', 'digest')
      .orderBy('deliveries.slot_at')
      .execute();
    expect(rows).toEqual([
      { state: 'skipped', slot_at: Date.parse('2026-11-30T07:00:00Z') },
      { state: 'sent', slot_at: Date.parse('2026-12-21T07:00:00Z') },
    ]);
    expect(new Date((await schedule('digest')).next_run_at).toISOString()).toBe('2026-12-28T07:00:00.000Z');
  });
});

describe('Slack failures', () => {
  it('429 with Retry-After 2: the post lands after the wait, once', async () => {
    const { waits, sleep } = recordedWaits();
    await boot('2026-11-29T12:00:00Z', { sleep });
    await t.reply('start Launch');
    t.standIn.fail('chat.postMessage', { status: 429, retryAfter: 2 }, { match: (a) => a.channel === 'C1' });
    t.clock.set('2026-11-30T07:00:00Z');
    await t.app.scheduler.tick();
    const calls = t.standIn.callsOf('chat.postMessage').filter((c) => c.args.channel === 'C1');
    expect(calls).toHaveLength(2);
    // Exactly the wait Slack asked for, between the refused post and the one that landed.
    expect(waits.map((w) => w.ms)).toEqual([2000]);
    expect(waits[0]!.callsBefore).toBe(t.standIn.calls.indexOf(calls[1]!));
    expect(calls[0]!.result).toBeUndefined();
    expect(posted('C1')).toHaveLength(1);
    await t.app.scheduler.tick();
    expect(posted('C1')).toHaveLength(1);
    expect(t.logs.some((l) => l.includes('slack rate limited') && l.includes('"retryAfterSec":2'))).toBe(
      true,
    );
  });

  it('a 5xx is retried with backoff and posts once', async () => {
    const { waits, sleep } = recordedWaits();
    await boot('2026-11-29T12:00:00Z', { sleep });
    await t.reply('start Launch');
    t.standIn.fail('chat.postMessage', { status: 500 }, { match: (a) => a.channel === 'C1' });
    t.clock.set('2026-11-30T07:00:00Z');
    await t.app.scheduler.tick();
    expect(posted('C1')).toHaveLength(1);
    expect(waits.map((w) => w.ms)).toEqual([500]);
    expect(t.logs.some((l) => l.includes('slack call retried'))).toBe(true);
  });

  it('failures beyond the retries keep the claim and a later tick sends it once', async () => {
    await boot('2026-11-29T12:00:00Z', { sleep: async () => {} });
    await t.reply('start Launch');
    t.standIn.fail('chat.postMessage', { status: 503 }, { times: 4, match: (a) => a.channel === 'C1' });
    t.clock.set('2026-11-30T07:00:00Z');
    await t.app.scheduler.tick();
    expect(posted('C1')).toHaveLength(0);
    await t.app.scheduler.tick();
    expect(posted('C1')).toHaveLength(0);
    t.clock.set('2026-11-30T07:01:01Z');
    await t.app.scheduler.tick();
    await t.app.scheduler.tick();
    expect(posted('C1')).toHaveLength(1);
    const delivery = await t.app.db.selectFrom('deliveries').selectAll().executeTakeFirstOrThrow();
    expect(delivery).toMatchObject({ state: 'sent', attempts: 2 });
  });

  it('a network error is retried and posts once', async () => {
    const { waits, sleep } = recordedWaits();
    await boot('2026-11-29T12:00:00Z', { sleep });
    await t.reply('start Launch');
    t.standIn.fail('chat.postMessage', { drop: true }, { match: (a) => a.channel === 'C1' });
    t.clock.set('2026-11-30T07:00:00Z');
    await t.app.scheduler.tick();
    expect(t.standIn.callsOf('chat.postMessage').filter((c) => c.args.channel === 'C1')).toHaveLength(2);
    expect(posted('C1')).toHaveLength(1);
    expect(waits.map((w) => w.ms)).toEqual([500]);
  });

  it('Slack posted but the answer was lost: found in the channel, not posted again', async () => {
    await boot('2026-11-29T12:00:00Z');
    await t.reply('start Launch');
    t.standIn.fail('chat.postMessage', { lost: true }, { match: (a) => a.channel === 'C1' });
    t.clock.set('2026-11-30T07:00:00Z');
    await t.app.scheduler.tick();
    await t.app.scheduler.tick();
    expect(t.standIn.callsOf('chat.postMessage').filter((c) => c.args.channel === 'C1')).toHaveLength(1);
    const [post] = posted('C1');
    const delivery = await t.app.db
      .selectFrom('deliveries')
      .selectAll()
      .where('recipient', '=', 'C1')
      .executeTakeFirstOrThrow();
    expect(delivery).toMatchObject({ state: 'sent', message_ts: post!.result!.ts });
    expect(t.logs.some((l) => l.includes('"delivery found already sent"'))).toBe(true);
  });

  it('not_in_channel: the schedule pauses and one admin DM is sent', async () => {
    await boot('2026-11-29T12:00:00Z');
    await t.reply('start Launch');
    t.standIn.fail(
      'chat.postMessage',
      { error: 'not_in_channel' },
      { times: 5, match: (a) => a.channel === 'C1' },
    );
    t.clock.set('2026-11-30T07:00:00Z');
    await t.app.scheduler.tick();

    expect(await schedule('digest')).toMatchObject({ paused: 1, pause_reason: 'not_in_channel' });
    const dms = posted('U1');
    expect(dms).toHaveLength(1);
    expect(dms[0]!.args.text).toContain('I could not post the weekly digest to <#C1>');
    expect(dms[0]!.args.text).toContain('I am not a member of the channel');
    expect(t.logs.some((l) => l.includes('"schedule paused"') && l.includes('not_in_channel'))).toBe(true);

    // Paused: later weeks post nothing and tell nobody again.
    t.clock.set('2026-12-07T07:00:00Z');
    await t.app.scheduler.tick();
    t.clock.set('2026-12-14T07:00:00Z');
    await t.app.scheduler.tick();
    expect(posted('U1')).toHaveLength(1);
    expect(t.standIn.callsOf('chat.postMessage').filter((c) => c.args.channel === 'C1')).toHaveLength(1);

    // Once the bot is invited, resume restarts it from the next slot.
    const reply = await t.reply('resume');
    expect(reply.text).toBe('<@U1> resumed the scheduled messages of this strategy.');
    expect(await schedule('digest')).toMatchObject({ paused: 0, pause_reason: null });
    expect(new Date((await schedule('digest')).next_run_at).toISOString()).toBe('2026-12-21T07:00:00.000Z');
  });
});

describe('exactly once under Slack’s reduced conversations.history limits', () => {
  /** The deliveries of the digest slot, by channel. */
  const deliveries = async () =>
    new Map(
      (await t.app.db.selectFrom('deliveries').selectAll().where('recipient', 'like', 'C%').execute()).map(
        (d) => [d.recipient, d],
      ),
    );
  const lookups = () => t.standIn.callsOf('conversations.history');

  it('a lost answer whose lookup is refused waits, looks again later, and never posts twice', async () => {
    await boot('2026-11-29T12:00:00Z');
    t.standIn.reducedHistoryLimits = true;
    const channels = ['C1', 'C2', 'C3'];
    for (const channel of channels) await t.reply(`start ${channel}`, { channel });
    // Slack posts the three digests, and every answer is lost: three lookups in the same minute.
    for (const channel of channels)
      t.standIn.fail('chat.postMessage', { lost: true }, { match: (a) => a.channel === channel });
    t.clock.set('2026-11-30T07:00:00Z');
    await t.app.scheduler.tick();
    for (const channel of channels) expect(posted(channel)).toHaveLength(1);
    // One lookup is answered, one refused; the third waits without asking, one at a time as they are.
    expect(lookups().map((c) => c.result?.error ?? 'answered')).toEqual(['answered', 'ratelimited']);
    const waiting = [...(await deliveries()).values()].filter((d) => d.state === 'claimed');
    expect(waiting).toHaveLength(2);
    for (const d of waiting)
      expect(d).toMatchObject({ maybe_posted: 1, lookup_waits: 1, error: 'unconfirmed:ratelimited' });

    // Within Slack's minute nothing is asked or posted again.
    t.clock.set('2026-11-30T07:00:30Z');
    await t.app.scheduler.tick();
    expect(lookups()).toHaveLength(2);
    // A minute on, one more is answered; the next minute, the last.
    t.clock.set('2026-11-30T07:01:01Z');
    await t.app.scheduler.tick();
    t.clock.set('2026-11-30T07:02:02Z');
    await t.app.scheduler.tick();
    expect(lookups().filter((c) => c.result?.ok)).toHaveLength(3);
    for (const channel of channels) {
      expect(t.standIn.callsOf('chat.postMessage').filter((c) => c.args.channel === channel)).toHaveLength(1);
      expect((await deliveries()).get(channel)).toMatchObject({
        state: 'sent',
        message_ts: posted(channel)[0]!.result!.ts,
      });
    }
  });

  it('looks through 15-message pages from the slot, and goes on where a refused page stopped', async () => {
    await boot('2026-11-29T12:00:00Z');
    t.standIn.reducedHistoryLimits = true;
    await t.reply('start Launch');
    t.standIn.fail('chat.postMessage', { lost: true }, { match: (a) => a.channel === 'C1' });
    t.standIn.fail('conversations.history', { status: 503 });
    t.clock.set('2026-11-30T07:00:00Z');
    await t.app.scheduler.tick();
    expect((await deliveries()).get('C1')).toMatchObject({ state: 'claimed', error: 'unconfirmed:http_503' });
    // The team talks: 20 messages after the digest.
    for (let i = 0; i < 20; i += 1) {
      t.clock.advance(1000);
      t.standIn.addMessage('C1', { text: `chat ${i}` });
    }
    // A minute later: the first page (the 15 newest) does not have it, the second is refused.
    t.clock.set('2026-11-30T07:01:01Z');
    await t.app.scheduler.tick();
    const [first, second] = lookups().slice(1);
    expect(first!.args).toMatchObject({
      channel: 'C1',
      limit: '15',
      oldest: String(Date.parse('2026-11-30T06:59:00Z') / 1000),
    });
    expect(first!.result!.messages).toHaveLength(15);
    expect(second!.result).toEqual({ ok: false, error: 'ratelimited' });
    const stoppedAt = first!.result!.messages.at(-1).ts;
    expect((await deliveries()).get('C1')).toMatchObject({ state: 'claimed', searched_to: stoppedAt });
    // The next minute goes on below where it stopped, and finds the digest there.
    t.clock.set('2026-11-30T07:02:02Z');
    await t.app.scheduler.tick();
    const last = lookups().at(-1)!;
    expect(last.args).toMatchObject({ channel: 'C1', latest: stoppedAt, limit: '15' });
    expect(t.standIn.callsOf('chat.postMessage').filter((c) => c.args.channel === 'C1')).toHaveLength(1);
    expect((await deliveries()).get('C1')).toMatchObject({
      state: 'sent',
      message_ts: posted('C1')[0]!.result!.ts,
    });
  });

  it('a lost DM is looked for in the app’s direct message with the person, and sent once', async () => {
    await boot('2026-11-29T12:00:00Z', {
      nudges: [
        {
          ownerId: 'U2',
          dueSoon: [{ phase: 'listening', ownerId: 'U2', due: '2026-12-01', done: false }],
          overdue: [],
        },
      ],
    });
    t.standIn.reducedHistoryLimits = true;
    await t.reply('start Launch');
    t.standIn.fail('chat.postMessage', { lost: true }, { match: (a) => a.channel === 'U2' });
    t.standIn.fail('conversations.history', { drop: true });
    t.clock.set('2026-11-30T07:00:00Z');
    await t.app.scheduler.tick();
    t.clock.set('2026-11-30T07:01:01Z');
    await t.app.scheduler.tick();
    expect(t.standIn.callsOf('conversations.open').map((c) => c.args.users)).toEqual(['U2', 'U2']);
    expect(lookups().map((c) => c.args.channel)).toEqual(['DU2', 'DU2']);
    expect(t.standIn.callsOf('chat.postMessage').filter((c) => c.args.channel === 'U2')).toHaveLength(1);
    const dm = await t.app.db
      .selectFrom('deliveries')
      .selectAll()
      .where('recipient', '=', 'U2')
      .executeTakeFirstOrThrow();
    expect(dm).toMatchObject({ state: 'sent', message_ts: posted('U2')[0]!.result!.ts });
  });

  it('a retry after a plain failure posts without a lookup; one whose process died looks first', async () => {
    await boot('2026-11-29T12:00:00Z', { sleep: recordedWaits().sleep });
    t.standIn.reducedHistoryLimits = true;
    await t.reply('start Launch');
    // Refused more often than one pass tries: deferred, and nothing could have been posted.
    t.standIn.fail(
      'chat.postMessage',
      { error: 'service_unavailable' },
      { times: 4, match: (a) => a.channel === 'C1' },
    );
    t.clock.set('2026-11-30T07:00:00Z');
    await t.app.scheduler.tick();
    expect((await deliveries()).get('C1')).toMatchObject({
      state: 'claimed',
      deferred_attempt: 1,
      maybe_posted: 0,
    });
    t.clock.set('2026-11-30T07:02:00Z');
    await t.app.scheduler.tick();
    expect(lookups()).toHaveLength(0);
    expect(posted('C1')).toHaveLength(1);

    // A claim whose process died mid-send (its lease ran out with nothing recorded) is looked for.
    await t.app.db
      .updateTable('deliveries')
      .set({ state: 'claimed', lease_until: Date.parse('2026-11-30T07:03:00Z'), attempts: 3 })
      .where('recipient', '=', 'C1')
      .execute();
    t.clock.set('2026-11-30T07:10:00Z');
    await t.app.scheduler.tick();
    expect(lookups()).toHaveLength(1);
    expect(posted('C1')).toHaveLength(1);
    expect((await deliveries()).get('C1')).toMatchObject({
      state: 'sent',
      message_ts: posted('C1')[0]!.result!.ts,
    });
  });

  it('lookups never answered until the slot is too old: nothing posted twice, the delivery marked unconfirmed', async () => {
    await boot('2026-11-29T12:00:00Z');
    await t.reply('start Launch');
    t.standIn.fail('chat.postMessage', { lost: true }, { match: (a) => a.channel === 'C1' });
    t.standIn.fail('conversations.history', { status: 500 }, { times: 1000 });
    for (const at of [
      '2026-11-30T07:00:00Z',
      '2026-11-30T08:00:00Z',
      '2026-11-30T10:00:00Z',
      '2026-11-30T13:01:00Z',
    ]) {
      t.clock.set(at);
      await t.app.scheduler.tick();
    }
    expect(t.standIn.callsOf('chat.postMessage').filter((c) => c.args.channel === 'C1')).toHaveLength(1);
    expect((await deliveries()).get('C1')).toMatchObject({ state: 'failed', error: 'unconfirmed' });
    expect(t.logs.some((l) => l.includes('"expired claim dropped"') && l.includes('unconfirmed'))).toBe(true);
  });
});

describe('pause and resume', () => {
  it('pause stops every scheduled message and resume restarts from the next slot', async () => {
    await boot('2026-11-29T12:00:00Z');
    await t.reply('start Launch');
    const paused = await t.reply('pause');
    expect(paused.response_type).toBe('in_channel');
    expect(paused.text).toContain('<@U1> paused the scheduled messages');
    expect((await t.reply('pause')).text).toBe('The scheduled messages are already paused.');
    const rows = await t.app.db.selectFrom('schedules').select(['paused']).execute();
    expect(rows.every((r) => r.paused === 1)).toBe(true);
    expect(await t.app.db.selectFrom('strategies').select('state').executeTakeFirstOrThrow()).toEqual({
      state: 'paused',
    });

    t.clock.set('2026-11-30T07:00:00Z');
    await t.app.scheduler.tick();
    expect(posted('C1')).toHaveLength(0);

    t.clock.set('2026-12-01T12:00:00Z');
    await t.reply('resume');
    t.clock.set('2026-12-07T07:00:00Z');
    await t.app.scheduler.tick();
    expect(posted('C1')).toHaveLength(1);
    const audit = await t.app.db.selectFrom('audit_events').select('action').orderBy('at').execute();
    expect(audit.map((a) => a.action)).toEqual(['strategy.created', 'schedule.paused', 'schedule.resumed']);
  });

  it('refuses someone who does not manage the strategy, changing nothing', async () => {
    await boot('2026-11-29T12:00:00Z');
    await t.reply('start Launch');
    const reply = await t.reply('pause', { user: 'U2' });
    expect(reply.text).toContain('Only the strategy’s admins and workspace admins');
    const rows = await t.app.db.selectFrom('schedules').select(['paused']).execute();
    expect(rows.every((r) => r.paused === 0)).toBe(true);
  });
});

describe('the schedule modal', () => {
  const form = (
    o: { digestTime?: string; checkinTime?: string; zone?: string; digestDay?: string } = {},
  ) => ({
    schedule_digest_day: {
      digest_day: { type: 'static_select', selected_option: { value: o.digestDay ?? '3' } },
    },
    schedule_digest_time: { digest_time: { type: 'timepicker', selected_time: o.digestTime ?? '08:37' } },
    schedule_checkin_day: { checkin_day: { type: 'static_select', selected_option: { value: '4' } } },
    schedule_checkin_time: { checkin_time: { type: 'timepicker', selected_time: o.checkinTime ?? '14:05' } },
    schedule_time_zone: {
      time_zone: { type: 'static_select', selected_option: { value: o.zone ?? 'Europe/Helsinki' } },
    },
    schedule_nudges: { nudges: { type: 'radio_buttons', selected_option: { value: 'off' } } },
  });

  it('opens with time pickers and the zone picked from a list, and saves any minute', async () => {
    await boot('2026-11-26T12:00:00Z');
    await t.reply('start Launch', { user: 'UNY' });
    // A workspace admin in Helsinki opens it: the zone in use stays selected, theirs is suggested next.
    t.standIn.addUser({ ...U1, is_admin: true });
    const view = await openSchedule('U1');
    expect(view.callback_id).toBe('schedule_modal');
    const element = (v: any, id: string) => v.blocks.find((b: any) => b.block_id === id).element;
    expect(element(view, 'schedule_digest_time')).toMatchObject({
      type: 'timepicker',
      initial_time: '09:00',
    });
    const zones = element(view, 'schedule_time_zone');
    expect(zones.type).toBe('static_select');
    expect(zones.initial_option.value).toBe('America/New_York');
    expect(zones.option_groups[0].options.map((o: any) => o.value)).toEqual([
      'America/New_York',
      'Europe/Helsinki',
    ]);

    const { status, body } = await t.submit(view, form(), { user: 'UNY' });
    expect(status).toBe(200);
    expect(body).toEqual({});
    const digest = await schedule('digest');
    expect(digest).toMatchObject({ weekday: 3, local_time: '08:37', time_zone: 'Europe/Helsinki' });
    expect(new Date(digest.next_run_at).toISOString()).toBe('2026-12-02T06:37:00.000Z');
    // The day after Thursday's prompt.
    expect(await schedule('checkin_reminder')).toMatchObject({
      weekday: 4,
      day_offset: 1,
      local_time: '14:05',
    });
    expect(await schedule('nudges')).toMatchObject({ enabled: 0 });
    expect(await t.app.db.selectFrom('strategies').select('time_zone').executeTakeFirstOrThrow()).toEqual({
      time_zone: 'Europe/Helsinki',
    });
    const audit = await t.app.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'schedule.updated')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.before_json!)).toMatchObject({ timeZone: 'America/New_York', nudges: true });
    expect(JSON.parse(audit.after_json!)).toMatchObject({ timeZone: 'Europe/Helsinki', nudges: false });
    const confirm = await t.standIn.waitFor('chat.postEphemeral', (a) => a.user === 'UNY');
    expect(confirm.args.text).toContain('Digest: every Wednesday at 08:37');

    // Reopened, it shows what was saved.
    const reopened = await openSchedule('UNY');
    expect(element(reopened, 'schedule_digest_day').initial_option.value).toBe('3');
    expect(element(reopened, 'schedule_digest_time').initial_time).toBe('08:37');
    expect(element(reopened, 'schedule_checkin_time').initial_time).toBe('14:05');
    expect(element(reopened, 'schedule_time_zone').initial_option.value).toBe('Europe/Helsinki');
    expect(element(reopened, 'schedule_nudges').initial_option.value).toBe('off');
  });

  it('stores a zone by its canonical name, and refuses one it cannot name, in the user’s language', async () => {
    await boot('2026-11-26T12:00:00Z');
    await t.reply('start Launch', { user: 'UFI' });
    const view = await openSchedule('UFI');
    expect(view.title.text).toBe('Aikataulu');
    // A modal opened before a zone was renamed, or a value written in another case.
    expect((await t.submit(view, form({ zone: 'asia/calcutta' }), { user: 'UFI' })).body).toEqual({});
    expect(await schedule('digest')).toMatchObject({ time_zone: 'Asia/Kolkata' });

    // The saved modal closed: each try is a window opened anew.
    const refused = async (zone: string) =>
      (await t.submit(await openSchedule('UFI'), form({ zone }), { user: 'UFI' })).body;
    expect(await refused('Europe/Helsinky')).toEqual({
      response_action: 'errors',
      errors: {
        schedule_time_zone: expect.stringContaining('”Europe/Helsinky” ei ole tuntemani aikavyöhyke'),
      },
    });
    expect(await refused('Indiana')).toEqual({
      response_action: 'errors',
      errors: {
        schedule_time_zone: expect.stringMatching(
          /^”Indiana” voi tarkoittaa mitä tahansa näistä: America\/Indiana\/Indianapolis, .*Valitse listalta/,
        ),
      },
    });
    expect(await schedule('digest')).toMatchObject({ time_zone: 'Asia/Kolkata', local_time: '08:37' });
  });

  it('an odd minute on a changeover night: posted once, at the shifted time, and a week later again', async () => {
    await boot('2027-03-20T12:00:00Z');
    await t.reply('start Launch');
    const view = await openSchedule('U1');
    // Sunday 03:17 in Helsinki: on 28 March 2027 the clocks jump from 03:00 to 04:00.
    await t.submit(view, form({ digestDay: '7', digestTime: '03:17' }));
    expect(new Date((await schedule('digest')).next_run_at).toISOString()).toBe('2027-03-21T01:17:00.000Z');
    for (const at of [
      '2027-03-21T01:17:00Z',
      '2027-03-28T01:16:59Z',
      '2027-03-28T01:17:00Z',
      '2027-03-28T01:18:00Z',
    ]) {
      t.clock.set(at);
      await t.app.scheduler.tick();
    }
    const digests = posted('C1');
    expect(digests.map((d) => d.result!.ts.split('.')[0])).toEqual([
      String(Date.parse('2027-03-21T01:17:00Z') / 1000),
      // 04:17 summer time: 03:17 did not exist that night.
      String(Date.parse('2027-03-28T01:17:00Z') / 1000),
    ]);
    expect(new Date((await schedule('digest')).next_run_at).toISOString()).toBe('2027-04-04T00:17:00.000Z');
  });

  it('is refused to someone who does not manage the strategy', async () => {
    await boot('2026-11-26T12:00:00Z');
    await t.reply('start Launch');
    const reply = await t.reply('schedule', { user: 'U2' });
    expect(reply.text).toContain('Only the strategy’s admins');
    await t.app.idle();
    expect(t.standIn.callsOf('views.open')).toHaveLength(0);
  });
});

describe('owner nudges', () => {
  it('DMs each owner at most once a day, however many ticks run', async () => {
    await boot('2026-11-29T12:00:00Z', {
      nudges: [
        {
          ownerId: 'U2',
          dueSoon: [{ phase: 'listening', ownerId: 'U2', due: '2026-12-01', done: false }],
          overdue: [{ phase: 'goals', ownerId: 'U2', due: '2026-11-20', done: false }],
        },
      ],
    });
    await t.reply('start Launch');
    t.clock.set('2026-11-30T07:00:00Z');
    await Promise.all([t.app.scheduler.tick(), t.app.scheduler.tick()]);
    await t.app.scheduler.tick();
    const dms = posted('U2');
    expect(dms).toHaveLength(1);
    expect(dms[0]!.args.text).toBe('Phases of *Launch* that need you');
    expect(JSON.stringify(dms[0]!.args.blocks)).toContain(
      'Goal setting was due on 2026-11-20 and is overdue',
    );
    t.clock.set('2026-12-01T07:00:00Z');
    await t.app.scheduler.tick();
    expect(posted('U2')).toHaveLength(2);
  });
});

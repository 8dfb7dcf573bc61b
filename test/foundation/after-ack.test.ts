import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeMrkdwn } from '../../src/views/escape.js';
import { PHASE_IDS } from '../../src/views/ids.js';
import { TestApp, U1, UFI, type Who } from '../support/harness.js';
import type { Json } from '../support/slack-stand-in.js';

// Once a request is acked, a post the app makes for the person who acted can still fail: the app
// is not in the channel, the channel is gone or archived. Each surface below gets the failure
// exactly as Slack answers it, and the person learns what was saved and what to do next, in
// their language; by a reply under their command, else by DM.

const CODES = ['not_in_channel', 'channel_not_found', 'is_archived'] as const;
type Code = (typeof CODES)[number];

/** The advice each refusal gets, in English, for channel C1. */
const ADVICE: Record<Code, string> = {
  not_in_channel: 'I am not a member of <#C1>. To post there, type `/invite @smstrategy` in the channel.',
  channel_not_found:
    'I cannot see <#C1>. If it is private, type `/invite @smstrategy` in it; if it was deleted, start the strategy in another channel.',
  is_archived: '<#C1> is archived. Unarchive it to post there, or start the strategy in another channel.',
};

let t: TestApp;
beforeAll(async () => {
  t = await TestApp.start({
    users: [
      { ...U1, is_admin: true },
      { ...UFI, is_admin: true },
      { id: 'U2', locale: 'en-US', tz: 'Europe/Helsinki' },
      { id: 'U3', locale: 'en-US', tz: 'Europe/Helsinki' },
    ],
  });
  await t.reply('start Launch');
});
afterAll(async () => {
  await t?.stop();
});

/** Runs a command that opens a modal and returns the view it opened. */
async function openModal(text: string, who: Who = {}): Promise<Json> {
  const { payload } = await t.command(text, who);
  return (await t.standIn.waitFor('views.open', (a) => a.trigger_id === payload.trigger_id)).args.view;
}

/** The DMs a user got from now on, as `act` makes them. */
async function dmsDuring(user: string, act: () => Promise<unknown>): Promise<string[]> {
  const before = t.standIn.calls.length;
  await act();
  await t.app.idle();
  return t.standIn.calls
    .slice(before)
    .filter((c) => c.method === 'chat.postMessage' && c.args.channel === user && c.result?.ok)
    .map((c) => c.args.text);
}

const input = (value: string) => ({ metric_value: { type: 'plain_text_input', value } });
const metricForm = (name: string) => ({
  metric_name: input(name),
  metric_unit: input('subs'),
  metric_baseline: input('10'),
  metric_target: input('20'),
  metric_target_date: { metric_value: { type: 'datepicker', selected_date: '2027-11-26' } },
  metric_owner: { metric_value: { type: 'users_select', selected_user: 'U1' } },
  metric_direction: { metric_value: { type: 'radio_buttons', selected_option: { value: 'up' } } },
  metric_cadence: { metric_value: { type: 'radio_buttons', selected_option: { value: 'weekly' } } },
});

async function addMetric(name: string): Promise<void> {
  const { body } = await t.submit(await openModal('metric add'), metricForm(name));
  expect(body).toEqual({});
  await t.app.idle();
}

describe('failures after the ack reach the person who acted', () => {
  it('metric chart: nothing is posted, the reply says why and what to do', async () => {
    await addMetric('Chart metric');
    for (const code of CODES) {
      t.standIn.fail('files.completeUploadExternal', { error: code });
      const reply = await t.reply('metric chart Chart metric');
      expect(reply.response_type, code).toBe('ephemeral');
      expect(reply.text, code).toBe(`I could not post the chart of *Chart metric*. ${ADVICE[code]}`);
    }
  });

  it('metric announcement: the metric is saved, the adder is told by DM', async () => {
    for (const code of CODES) {
      const name = `Announced ${code}`;
      t.standIn.fail('chat.postMessage', { error: code }, { match: (a) => a.channel === 'C1' });
      const dms = await dmsDuring('U1', () => addMetric(name));
      expect(dms, code).toEqual([
        `Metric *${escapeMrkdwn(name)}* is saved, but I could not announce it in the channel. ${ADVICE[code]}`,
      ]);
      const row = await t.app.db.selectFrom('metrics').select('name').where('name', '=', name).execute();
      expect(row, code).toHaveLength(1);
    }
  });

  it('metric edit, check-in and schedule confirmations: saved, and confirmed by DM instead', async () => {
    await addMetric('Edited metric');
    const metric = await t.app.db
      .selectFrom('metrics')
      .select('id')
      .where('name', '=', 'Edited metric')
      .executeTakeFirstOrThrow();
    for (const code of CODES) {
      // An edit.
      t.standIn.fail('chat.postEphemeral', { error: code });
      const edit = await openModal('metric edit Edited metric');
      let dms = await dmsDuring('U1', () => t.submit(edit, metricForm('Edited metric')));
      expect(dms, code).toEqual([`Metric *Edited metric* saved. ${ADVICE[code]}`]);

      // A check-in, its value saved.
      t.standIn.fail('chat.postEphemeral', { error: code });
      const checkin = await openModal('checkin');
      const value = String(CODES.indexOf(code) + 11);
      const values = { [metric.id]: { metric_checkin_value: { type: 'plain_text_input', value } } };
      dms = await dmsDuring('U1', () => t.submit(checkin, values));
      expect(dms, code).toEqual([`Thanks! 1 value saved. ${ADVICE[code]}`]);
      const latest = await t.app.db
        .selectFrom('checkins')
        .select('value')
        .where('metric_id', '=', metric.id)
        .executeTakeFirstOrThrow();
      expect(latest.value, code).toBe(Number(value));

      // New schedule times.
      t.standIn.fail('chat.postEphemeral', { error: code });
      const schedule = await openModal('schedule');
      const pick = (value: string) => ({ type: 'static_select', selected_option: { value } });
      const form = {
        schedule_digest_day: { digest_day: pick('2') },
        schedule_digest_time: { digest_time: { type: 'timepicker', selected_time: '08:15' } },
        schedule_checkin_day: { checkin_day: pick('4') },
        schedule_checkin_time: { checkin_time: { type: 'timepicker', selected_time: '10:45' } },
        schedule_time_zone: { time_zone: pick('Europe/Helsinki') },
        schedule_nudges: { nudges: { type: 'radio_buttons', selected_option: { value: 'on' } } },
      };
      dms = await dmsDuring('U1', () => t.submit(schedule, form));
      expect(dms, code).toEqual([
        `Schedule saved. Digest: every Tuesday at 08:15. Check-in: every Thursday at 10:45. Time zone: Europe/Helsinki. Owner reminders: on. ${ADVICE[code]}`,
      ]);
    }
  });

  it('start, pause and resume: saved, and the person told by DM when the channel cannot be told', async () => {
    // A response URL refuses as a webhook does: 404 channel_not_found, 410 channel_is_archived.
    const refusals = [
      { status: 404 as const, body: 'channel_not_found', code: 'channel_not_found' as const },
      { status: 410 as const, body: 'channel_is_archived', code: 'is_archived' as const },
    ];
    for (const [i, { status, body, code }] of refusals.entries()) {
      const channel = `CSTART${i}`;
      const advice = ADVICE[code].replaceAll('<#C1>', `<#${channel}>`);
      // Both the announcement and the reply under the command fail: the same URL refuses both.
      t.standIn.fail('response_url', { status, body }, { times: 2 });
      let dms = await dmsDuring('U1', () => t.command(`start Started ${i}`, { channel }));
      expect(dms, code).toEqual([
        `The strategy *Started ${i}* is started, but I could not announce it in the channel. ${advice}`,
      ]);
      const strategy = await t.app.db
        .selectFrom('strategies')
        .select(['name', 'state'])
        .where('channel_id', '=', channel)
        .executeTakeFirstOrThrow();
      expect(strategy).toEqual({ name: `Started ${i}`, state: 'active' });

      t.standIn.fail('response_url', { status, body }, { times: 2 });
      dms = await dmsDuring('U1', () => t.command('pause', { channel }));
      expect(dms, code).toEqual([
        `The scheduled messages are paused, but I could not tell the channel. ${advice}`,
      ]);
      t.standIn.fail('response_url', { status, body }, { times: 2 });
      dms = await dmsDuring('U1', () => t.command('resume', { channel }));
      expect(dms, code).toEqual([
        `The scheduled messages are running again, but I could not tell the channel. ${advice}`,
      ]);
    }
    // Only the announcement failed: the reply under the command says so, no DM needed.
    t.standIn.fail('response_url', { status: 410, body: 'channel_is_archived' });
    const dms = await dmsDuring('U1', () => t.reply('pause', { channel: 'CSTART0' }));
    expect(dms).toEqual([]);
    const reply = t.standIn.callsOf('response_url').at(-1)!;
    expect(reply.args.text).toBe(
      'The scheduled messages are paused, but I could not tell the channel. <#CSTART0> is archived. Unarchive it to post there, or start the strategy in another channel.',
    );
  });

  it('phase owners: the change is saved, and whoever made it learns who could not be told', async () => {
    // Slack refuses a DM to someone the app may not message with channel_not_found.
    t.standIn.fail('chat.postMessage', { error: 'channel_not_found' }, { match: (a) => a.channel === 'U2' });
    const reply = await t.reply('assign listening <@U2>');
    expect(reply.text).toBe(
      'The change is saved. I could not tell <@U2> by direct message (Slack answered `channel_not_found`), so please let them know yourself.',
    );
    const owner = await t.app.db
      .selectFrom('phases')
      .innerJoin('strategies', 'strategies.id', 'phases.strategy_id')
      .select('phases.owner_id')
      .where('strategies.channel_id', '=', 'C1')
      .where('phases.key', '=', 'listening')
      .executeTakeFirstOrThrow();
    expect(owner.owner_id).toBe('U2');

    // From the phase modal, in Finnish: the previous owner's DM fails, the new owner's arrives.
    const view = await openModal('phase listening', { user: 'UFI' });
    t.standIn.fail(
      'chat.postMessage',
      { error: 'messages_tab_disabled' },
      { match: (a) => a.channel === 'U2' },
    );
    const values = {
      [PHASE_IDS.ownerBlock]: { [PHASE_IDS.ownerAction]: { type: 'users_select', selected_user: 'U3' } },
      [PHASE_IDS.statusBlock]: {
        [PHASE_IDS.statusAction]: { type: 'radio_buttons', selected_option: { value: 'not_started' } },
      },
    };
    const dms = await dmsDuring('UFI', () => t.submit(view, values, { user: 'UFI' }));
    expect(dms).toEqual([
      'Muutos on tallennettu. En saanut lähetettyä käyttäjälle <@U2> yksityisviestiä (Slack vastasi `messages_tab_disabled`), joten kerrothan hänelle itse.',
    ]);
    expect(
      t.standIn.callsOf('chat.postMessage').filter((c) => c.args.channel === 'U3' && c.result?.ok),
    ).toHaveLength(1);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NUDGE_IDS, PHASE_IDS } from '../../src/views/ids.js';
import { modalValues, openPhaseModal } from '../phases/support.js';
import { TestClock } from '../support/clock.js';
import { TestApp, U1 } from '../support/harness.js';
import type { Json, RecordedCall } from '../support/slack-stand-in.js';

// Owner nudges through the real app, on the controllable clock: the due day at 09:00 on each
// owner's own clock, one DM per owner listing their phases, nothing about a blocked phase (the
// admins hear of it once, with its note), and buttons that act in place.

let t: TestApp;
/** Every chat.postMessage, with the test clock's time when it was made. */
let posts: Array<{ at: number; call: RecordedCall }>;

const USERS = [
  U1,
  { id: 'U2', locale: 'en-US', tz: 'America/Los_Angeles' },
  { id: 'U3', locale: 'en-US', tz: 'Europe/Helsinki', chosenLanguage: 'fi' as const },
  { id: 'U4', locale: 'en-US', tz: 'Asia/Kolkata' },
];

beforeEach(async () => {
  // Monday 30 November 2026, 12:00 in Helsinki (02:00 in Los Angeles, 15:30 in Kolkata).
  t = await TestApp.start({ clock: new TestClock('2026-11-30T10:00:00Z'), users: USERS });
  posts = [];
  t.standIn.onCall((call) => {
    if (call.method === 'chat.postMessage') posts.push({ at: t.clock.now().getTime(), call });
  });
  await t.reply('start Launch');
});
afterEach(async () => {
  await t.stop();
});

/**
 * Moves the clock to `until` in steps (half an hour unless told: every owner's 09:00 here falls on
 * one), running the scheduler at each.
 */
async function runTo(until: string, stepMinutes = 30): Promise<void> {
  const end = Date.parse(until);
  while (t.clock.now().getTime() < end) {
    t.clock.advance(Math.min(stepMinutes * 60_000, end - t.clock.now().getTime()));
    await t.app.scheduler.tick();
  }
  await t.app.idle();
}

const isNudge = (args: Json) => JSON.stringify(args.blocks ?? []).includes(`"action_id":"${NUDGE_IDS.done}"`);
const nudgesTo = (user: string) => posts.filter((p) => p.call.args.channel === user && isNudge(p.call.args));
const noticesTo = (user: string) =>
  posts.filter(
    (p) =>
      p.call.args.channel === user &&
      !isNudge(p.call.args) &&
      /What changed|Muutoksia/.test(p.call.args.text),
  );
const text = (args: Json) => JSON.stringify(args.blocks);
const iso = (at: number) => new Date(at).toISOString();

async function strategyId(): Promise<string> {
  const row = await t.app.db.selectFrom('strategies').select('id').executeTakeFirstOrThrow();
  return row.id;
}

async function phase(key: string) {
  return t.app.db.selectFrom('phases').selectAll().where('key', '=', key).executeTakeFirstOrThrow();
}

/** The four owners' phases, all due on Tuesday 1 December; U2 owns two. */
async function assignAll(): Promise<void> {
  for (const [key, owner] of [
    ['listening', 'U2'],
    ['goals', 'U2'],
    ['content', 'U3'],
    ['presence', 'U4'],
  ] as const) {
    await t.reply(`assign ${key} <@${owner}>`);
    await t.reply(`due ${key} 2026-12-01`);
  }
  await t.app.idle();
}

/** A button of a DM, by its action id and the phase its value names. */
function buttonOf(args: Json, actionId: string, key?: string): Json {
  const found = (args.blocks as Json[])
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements as Json[])
    .find((e) => e.action_id === actionId && (!key || JSON.parse(e.value).k === key));
  if (!found) throw new Error(`no ${actionId} button for ${key}`);
  return found;
}

/** Clicks a button in a DM and returns what the app answered on the response URL. */
async function click(user: string, b: Json, extra: { selectedUser?: string; blockId?: string } = {}) {
  const { responseUrl } = await t.action(b.action_id, {
    user,
    channel: `D${user}`,
    ...(b.value ? { value: b.value } : {}),
    ...extra,
  });
  await t.app.idle();
  const id = responseUrl.split('/').pop();
  return t.standIn.callsOf('response_url').filter((c) => c.args.response_id === id);
}

describe('nudges on the ladder, in the owner’s time', { timeout: 120_000 }, () => {
  it('the due day at 09:00 on each owner’s own clock, one DM listing all their phases, in their language', async () => {
    await assignAll();
    await runTo('2026-12-02T00:00:00Z');
    const u3 = nudgesTo('U3');
    expect(u3).toHaveLength(1);
    expect(iso(u3[0]!.at)).toBe('2026-12-01T07:00:00.000Z'); // 09:00 in Helsinki
    expect(text(u3[0]!.call.args)).toContain('Sisältöstrategian luominen tai tarkentaminen erääntyy tänään');
    expect(text(u3[0]!.call.args)).toContain('Merkitse valmiiksi');

    const u4 = nudgesTo('U4');
    expect(u4.map((p) => iso(p.at))).toEqual(['2026-12-01T03:30:00.000Z']); // 09:00 in Kolkata

    const u2 = nudgesTo('U2');
    expect(u2.map((p) => iso(p.at))).toEqual(['2026-12-01T17:00:00.000Z']); // 09:00 in Los Angeles
    const all = text(u2[0]!.call.args);
    expect(u2[0]!.call.args.text).toBe('Phases of *Launch* that need you');
    expect(all).toContain('Listening is due today');
    expect(all).toContain('Goal setting is due today');
    for (const label of ['Mark done', 'Snooze a week', 'Open the phase', 'Not mine'])
      expect(all).toContain(label);
    // The zone users.info gave is kept for a day, however many quarter hours look at it.
    const infos = t.standIn
      .callsOf('users.info')
      .filter((c) => c.args.user === 'U2' && !c.args.include_locale);
    expect(infos.length).toBeGreaterThan(0);
    expect(infos.length).toBeLessThanOrEqual(2);
  });

  it('then once a week while overdue, on working days only; never at the weekend', async () => {
    await assignAll();
    await runTo('2026-12-16T00:00:00Z', 180);
    expect(nudgesTo('U3').map((p) => iso(p.at))).toEqual([
      '2026-12-01T07:00:00.000Z',
      '2026-12-08T07:00:00.000Z',
      '2026-12-15T07:00:00.000Z',
    ]);
    expect(text(nudgesTo('U3')[1]!.call.args)).toContain('erääntyi 1.12.2026 ja on myöhässä');
    expect(text(nudgesTo('U2')[1]!.call.args)).toContain('Listening was due on 2026-12-01 and is overdue');
  });

  it('one owner Slack will not let the app write to keeps nobody else from their nudges', async () => {
    await assignAll();
    // U2's direct messages fail for good (as for someone who has left the workspace).
    t.standIn.fail(
      'chat.postMessage',
      { error: 'channel_not_found' },
      { times: 100, match: (a) => a.channel === 'U2' },
    );
    await runTo('2026-12-09T00:00:00Z', 180);
    expect(nudgesTo('U3').map((p) => iso(p.at))).toEqual([
      '2026-12-01T07:00:00.000Z',
      '2026-12-08T07:00:00.000Z',
    ]);
    expect(nudgesTo('U4').length).toBe(2);
    const schedule = await t.app.db
      .selectFrom('schedules')
      .select(['paused', 'pause_reason'])
      .where('kind', '=', 'nudges')
      .executeTakeFirstOrThrow();
    expect(schedule).toEqual({ paused: 0, pause_reason: null });
    // Nobody was told the reminders stopped: they did not.
    expect(posts.filter((p) => /paused it|keskeytin/i.test(JSON.stringify(p.call.args)))).toEqual([]);
  });

  it('nothing about a blocked phase; the admins are told once, with the blocker’s note', async () => {
    await assignAll();
    const view = await openPhaseModal(t, 'listening', { user: 'U2' });
    await t.submit(
      view,
      modalValues({
        withOwner: false,
        due: '2026-12-01',
        status: 'blocked',
        notes: 'Waiting for the budget <!channel>',
      }),
      { user: 'U2' },
    );
    await runTo('2026-12-02T00:00:00Z');
    const told = noticesTo('U1');
    expect(told).toHaveLength(1);
    const said = text(told[0]!.call.args);
    expect(said).toContain('<@U2> marked *Listening* blocked (owner <@U2>)');
    expect(said).toContain('Their note: Waiting for the budget &lt;!channel&gt;');
    const u2 = nudgesTo('U2');
    expect(u2).toHaveLength(1);
    expect(text(u2[0]!.call.args)).not.toContain('Listening');
    expect(text(u2[0]!.call.args)).toContain('Goal setting is due today');
  });

  it('tells a Finnish strategy’s admins in Finnish', async () => {
    await t.reply('language fi');
    await assignAll();
    await t.action(PHASE_IDS.blocked, {
      user: 'U3',
      value: JSON.stringify({ s: await strategyId(), k: 'content' }),
    });
    // The change is saved after the click is acknowledged: the notice is waiting once it is done.
    await t.app.idle();
    await runTo('2026-11-30T10:30:00Z');
    const told = noticesTo('U1');
    expect(told).toHaveLength(1);
    expect(text(told[0]!.call.args)).toContain(
      '<@U3> merkitsi vaiheen *Sisältöstrategian luominen tai tarkentaminen* jumiin (vastuuhenkilö <@U3>)',
    );
    expect(text(told[0]!.call.args)).toContain('Muistiinpanoa ei annettu.');
  });
});

describe('the nudge’s buttons act in place', { timeout: 120_000 }, () => {
  async function nudgeOf(user: string): Promise<Json> {
    const found = nudgesTo(user).at(-1);
    if (!found) throw new Error(`no nudge to ${user}`);
    return found.call.args;
  }

  it('Mark done: the phase is done and the nudge says so, the other phase keeps its buttons', async () => {
    await assignAll();
    await runTo('2026-12-01T17:00:00Z');
    const [reply] = await click('U2', buttonOf(await nudgeOf('U2'), NUDGE_IDS.done, 'listening'));
    expect(reply!.args.replace_original).toBe(true);
    expect(text(reply!.args)).toContain('✅ Listening: marked done.');
    expect(buttonOf(reply!.args, NUDGE_IDS.done, 'goals')).toBeDefined();
    expect(() => buttonOf(reply!.args, NUDGE_IDS.done, 'listening')).toThrow();
    expect((await phase('listening')).status).toBe('done');
  });

  it('Merkitse valmiiksi in Finnish', async () => {
    await assignAll();
    await runTo('2026-12-01T07:00:00Z');
    const [reply] = await click('U3', buttonOf(await nudgeOf('U3'), NUDGE_IDS.done, 'content'));
    expect(text(reply!.args)).toContain(
      '✅ Sisältöstrategian luominen tai tarkentaminen: merkitty valmiiksi.',
    );
    expect((await phase('content')).status).toBe('done');
  });

  it('Snooze a week: no nudge about it until the week is over', async () => {
    await assignAll();
    await runTo('2026-12-01T17:00:00Z');
    const [reply] = await click('U2', buttonOf(await nudgeOf('U2'), NUDGE_IDS.snooze, 'goals'));
    expect(text(reply!.args)).toContain('💤 Goal setting: no reminders before 2026-12-08.');
    // Listening is nudged on 8 December as overdue; Goal setting comes back that day too.
    await t.reply('status'); // nothing else changes meanwhile
    await runTo('2026-12-08T16:00:00Z', 180);
    expect(nudgesTo('U2')).toHaveLength(1);
    await runTo('2026-12-08T18:00:00Z');
    expect(nudgesTo('U2')).toHaveLength(2);
    expect(text(await nudgeOf('U2'))).toContain('Goal setting was due on 2026-12-01');
  });

  it('Open the phase: the phase window opens', async () => {
    await assignAll();
    await runTo('2026-12-01T17:00:00Z');
    const b = buttonOf(await nudgeOf('U2'), PHASE_IDS.edit, 'goals');
    await t.action(b.action_id, { user: 'U2', channel: 'DU2', value: b.value });
    const opened = await t.standIn.waitFor('views.open', (a) => a.view.callback_id === PHASE_IDS.modal);
    expect(JSON.stringify(opened.args.view)).toContain('Goal setting');
  });

  it('Not mine: the admins get a select that reassigns it, and the new owner is told', async () => {
    await assignAll();
    await runTo('2026-12-01T03:30:00Z');
    const [reply] = await click('U4', buttonOf(await nudgeOf('U4'), NUDGE_IDS.notMine, 'presence'));
    expect(text(reply!.args)).toContain('I asked the strategy’s admins to find its owner');
    const ask = posts.find((p) => p.call.args.channel === 'U1' && text(p.call.args).includes('users_select'));
    expect(ask).toBeDefined();
    expect(ask!.call.args.text).toContain('<@U4> says *Presence model* of *Launch* (<#C1>) is not theirs');
    const block = (ask!.call.args.blocks as Json[])[0]!;
    const [done] = await click(
      'U1',
      { action_id: NUDGE_IDS.reassign },
      { blockId: block.block_id, selectedUser: 'U3' },
    );
    expect(done!.args.text).toBe('*Presence model* now belongs to <@U3> (reassigned by <@U1>).');
    expect((await phase('presence')).owner_id).toBe('U3');
    const assigned = posts.filter(
      (p) => p.call.args.channel === 'U3' && /vastuuhenkilöksi/.test(p.call.args.text),
    );
    expect(assigned.length).toBeGreaterThan(0);
    // U4 is not nudged about it again; U3, its owner now, is on 8 December.
    await runTo('2026-12-09T00:00:00Z', 180);
    expect(nudgesTo('U4')).toHaveLength(1);
    expect(nudgesTo('U3').some((p) => text(p.call.args).includes('Läsnäolomallin määrittely'))).toBe(true);
  });

  it('only the owner may say it is not theirs', async () => {
    await assignAll();
    await runTo('2026-12-01T03:30:00Z');
    const [reply] = await click('U3', buttonOf(await nudgeOf('U4'), NUDGE_IDS.notMine, 'presence'));
    expect(reply!.args.text).toBe('Vain vaiheen vastuuhenkilö voi tehdä tämän.');
    expect(reply!.args.replace_original).toBe(false);
  });
});

describe('owners hear of changes others make', { timeout: 120_000 }, () => {
  it('several changes made together reach the owner once, in one message', async () => {
    await assignAll();
    await runTo('2026-11-30T10:15:00Z'); // the due dates U1 set go out first
    const before = noticesTo('U2').length;
    await t.reply('due listening 2026-12-08');
    t.clock.advance(30_000);
    await t.app.scheduler.tick();
    await t.reply('due listening 2026-12-10');
    await t.action(PHASE_IDS.start, {
      user: 'U1',
      value: JSON.stringify({ s: await strategyId(), k: 'listening' }),
    });
    // The button's change is saved after its click is acknowledged.
    await t.app.idle();
    await t.app.scheduler.tick();
    expect(noticesTo('U2')).toHaveLength(before); // still gathering
    await runTo('2026-11-30T10:30:00Z', 1);
    const told = noticesTo('U2').slice(before);
    expect(told).toHaveLength(1);
    const said = text(told[0]!.call.args);
    expect(said).toContain('<@U1> moved the due date of *Listening* from 2026-12-01 to 2026-12-10.');
    expect(said).toContain('<@U1> changed the status of *Listening* from Not started to In progress.');
    expect(buttonOf(told[0]!.call.args, PHASE_IDS.edit)).toBeDefined();
    await runTo('2026-11-30T11:00:00Z');
    expect(noticesTo('U2').slice(before)).toHaveLength(1);
  });

  it('in Finnish, and nothing for a change the owner made', async () => {
    await assignAll();
    await runTo('2026-11-30T10:15:00Z');
    const before = noticesTo('U3').length;
    expect(before).toBe(1);
    expect(text(noticesTo('U3')[0]!.call.args)).toContain(
      '<@U1> asetti vaiheen *Sisältöstrategian luominen tai tarkentaminen* määräpäiväksi 1.12.2026.',
    );
    await t.reply('due content 2026-12-04', { user: 'U3' });
    await runTo('2026-11-30T10:30:00Z');
    expect(noticesTo('U3')).toHaveLength(1);
    await t.reply('due content 2026-12-07');
    await runTo('2026-11-30T10:45:00Z');
    expect(noticesTo('U3')).toHaveLength(2);
    expect(text(noticesTo('U3')[1]!.call.args)).toContain(
      '<@U1> siirsi vaiheen *Sisältöstrategian luominen tai tarkentaminen* määräpäivän 4.12.2026 → 7.12.2026.',
    );
  });

  it('a change undone before it went out is not told', async () => {
    await assignAll();
    await runTo('2026-11-30T10:15:00Z');
    const before = noticesTo('U4').length;
    await t.reply('due presence 2026-12-09');
    await t.reply('due presence 2026-12-01');
    await runTo('2026-11-30T10:30:00Z');
    expect(noticesTo('U4')).toHaveLength(before);
  });
});

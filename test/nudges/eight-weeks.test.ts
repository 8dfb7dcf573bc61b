import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/index.js';
import { NUDGE_IDS, PHASE_IDS } from '../../src/views/ids.js';
import { TestClock } from '../support/clock.js';
import { TestApp, U1 } from '../support/harness.js';
import type { Json } from '../support/slack-stand-in.js';

// Eight weeks of a team of four on the controllable clock: four owners in four time zones, two
// phases each, most of them left overdue. Whatever happens, an owner gets at most three DMs a week
// about an overdue phase, none on a day off, each with something to click.

const ZONES: Record<string, string> = {
  U1: 'Europe/Helsinki',
  U2: 'America/Los_Angeles',
  U3: 'Europe/Helsinki',
  U4: 'Asia/Kolkata',
};
const OWNED: Array<[string, string, string]> = [
  ['listening', 'U1', '2026-12-01'],
  ['goals', 'U2', '2026-12-04'],
  ['content', 'U3', '2026-12-06'], // a Sunday
  ['presence', 'U4', '2026-12-09'],
  ['channels', 'U1', '2026-12-18'],
  ['measurement', 'U2', '2026-12-24'],
  ['organisation', 'U3', '2027-01-08'],
  ['action_plan', 'U4', '2027-01-15'],
];

let t: TestApp;
/** The DMs the scheduler sent, with the test clock's time. */
const dms: Array<{ at: number; user: string; args: Json }> = [];
let strategyId = '';

/**
 * Runs the scheduler at each owner's 09:00 (Kolkata 03:30Z, Helsinki 07:00Z, Los Angeles 17:00Z in
 * winter) and at midday UTC, day after day: each pass covers every quarter hour since the one
 * before, so nothing in between is missed, and the test stays fast.
 */
async function runTo(until: string): Promise<void> {
  const end = Date.parse(until);
  while (t.clock.now().getTime() < end) {
    const now = t.clock.now().getTime();
    const day = new Date(now).toISOString().slice(0, 10);
    const next = [0, 1]
      .flatMap((n) =>
        ['03:30', '07:00', '12:00', '17:00'].map((hm) => Date.parse(`${day}T${hm}:00Z`) + n * 86_400_000),
      )
      .find((at) => at > now)!;
    t.clock.set(new Date(Math.min(next, end)));
    const mark = t.standIn.calls.length;
    await t.app.scheduler.tick();
    await t.app.idle();
    for (const c of t.standIn.calls.slice(mark))
      if (c.method === 'chat.postMessage' && c.result?.ok && /^U/.test(String(c.args.channel)))
        dms.push({ at: t.clock.now().getTime(), user: String(c.args.channel), args: c.args });
  }
}

const ref = (k: string) => JSON.stringify({ s: strategyId, k });
/** The buttons of a DM. */
const buttonsOf = (args: Json): Json[] =>
  (args.blocks as Json[])
    .filter((b) => b.type === 'actions' || b.accessory)
    .flatMap((b) => (b.type === 'actions' ? (b.elements as Json[]) : [b.accessory]));
/** The phases a DM's buttons act on. */
const phasesIn = (args: Json): string[] =>
  buttonsOf(args).flatMap((b) => (typeof b.value === 'string' ? [JSON.parse(b.value).k as string] : []));
const phaseNames = (key: string) =>
  [messages('en').phases, messages('fi').phases].map((p) => p[key as 'goals'].name);

beforeAll(async () => {
  // Monday 30 November 2026, 12:00 in Helsinki.
  t = await TestApp.start({
    clock: new TestClock('2026-11-30T10:00:00Z'),
    users: [
      U1,
      { id: 'U2', locale: 'en-US', tz: ZONES.U2 },
      { id: 'U3', locale: 'en-US', tz: ZONES.U3, chosenLanguage: 'fi' },
      { id: 'U4', locale: 'en-US', tz: ZONES.U4 },
    ],
  });
  await t.reply('start Launch');
  for (const [key, owner, due] of OWNED) {
    await t.reply(`assign ${key} <@${owner}>`);
    await t.reply(`due ${key} ${due}`);
  }
  strategyId = (await t.app.db.selectFrom('strategies').select('id').executeTakeFirstOrThrow()).id;
  // Week 2 (Wednesday 9 December, midday in Helsinki): U3 is stuck with the content strategy.
  await runTo('2026-12-09T10:00:00Z');
  await t.action(PHASE_IDS.blocked, { user: 'U3', value: ref('content') });
  // A button's change is saved after its click is acknowledged.
  await t.app.idle();
  // Week 3: U1 moves U2's measurement phase a week later.
  await runTo('2026-12-16T10:00:00Z');
  await t.reply('due measurement 2026-12-31');
  // Week 4: U4 snoozes the presence model from the nudge itself.
  await runTo('2026-12-23T10:00:00Z');
  const nudge = dms.filter((d) => d.user === 'U4' && phasesIn(d.args).includes('presence')).at(-1)!;
  const snooze = buttonsOf(nudge.args).find(
    (e) => e.action_id === NUDGE_IDS.snooze && JSON.parse(e.value).k === 'presence',
  )!;
  await t.action(NUDGE_IDS.snooze, { user: 'U4', channel: 'DU4', value: snooze.value });
  await t.app.idle();
  // Up to Monday 25 January 2027: eight weeks.
  await runTo('2027-01-25T10:00:00Z');
}, 180_000);

afterAll(async () => {
  await t.stop();
});

describe('eight weeks, a team of four', () => {
  it('every owner was nudged, each DM with a button', () => {
    for (const owner of Object.keys(ZONES))
      expect(dms.filter((d) => d.user === owner).length).toBeGreaterThan(2);
    for (const d of dms) {
      expect(buttonsOf(d.args).length, JSON.stringify(d.args.text)).toBeGreaterThan(0);
    }
  });

  it('no nudge on a day off: every one on a weekday at 09:00 on the owner’s own clock', () => {
    const nudges = dms.filter((d) => JSON.stringify(d.args.blocks).includes(NUDGE_IDS.done));
    expect(nudges.length).toBeGreaterThan(20);
    for (const d of nudges) {
      const local = DateTime.fromMillis(d.at, { zone: ZONES[d.user]! });
      expect(local.weekday, `${d.user} at ${local.toISO()}`).toBeLessThanOrEqual(5);
      expect(local.toFormat('HH:mm'), `${d.user} at ${local.toISO()}`).toBe('09:00');
    }
  });

  it('at most three DMs a week about any overdue phase', () => {
    const perWeek = new Map<string, number>();
    for (const d of dms) {
      const local = DateTime.fromMillis(d.at, { zone: ZONES[d.user]! });
      const said = JSON.stringify(d.args.blocks);
      for (const [key, owner, due] of OWNED) {
        if (owner !== d.user || local.toISODate()! <= due) continue;
        if (!phaseNames(key).some((n) => said.includes(n))) continue;
        const week = `${d.user} ${key} ${local.weekYear}-W${local.weekNumber}`;
        perWeek.set(week, (perWeek.get(week) ?? 0) + 1);
      }
    }
    expect(perWeek.size).toBeGreaterThan(10);
    for (const [week, count] of perWeek) expect(count, week).toBeLessThanOrEqual(3);
  });

  it('the blocked phase was never nudged after it was blocked, and the admin heard of it once', () => {
    const blockedAt = Date.parse('2026-12-09T10:00:00Z');
    const after = dms.filter(
      (d) => d.user === 'U3' && d.at > blockedAt && phasesIn(d.args).includes('content'),
    );
    expect(after).toHaveLength(0);
    const told = dms.filter((d) => d.user === 'U1' && JSON.stringify(d.args.blocks).includes('blocked'));
    expect(told).toHaveLength(1);
  });
});

import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import type { DueCheckin } from '../../src/domain/reporting.js';
import { anchorAfter, type Frequency, nextRun, type Recurrence } from '../../src/domain/schedule.js';
import { TestClock } from '../support/clock.js';
import { TestApp, U1, UFI } from '../support/harness.js';

// The digest and the check-in each come weekly, every other week, monthly in the first or the last
// week, or not at all; every slot at its local wall time on both sides of a daylight-saving change.
// Helsinki springs forward on 28 Mar 2027 (03:00 → 04:00) and falls back on 25 Oct 2026 (04:00 →
// 03:00); Los Angeles on 14 Mar 2027 (02:00 → 03:00) and 1 Nov 2026 (02:00 → 01:00).

const HEL = 'Europe/Helsinki';
const LA = 'America/Los_Angeles';

/** The slots from `from` on, as UTC instants. */
function slots(recurrence: Recurrence, from: string, count: number): string[] {
  const out: string[] = [];
  let at = new Date(from);
  for (let i = 0; i < count; i += 1) {
    at = nextRun(recurrence, at);
    out.push(at.toISOString().replace('.000Z', 'Z'));
  }
  return out;
}

const rec = (
  timeZone: string,
  weekday: Recurrence['weekday'],
  localTime: string,
  frequency: Frequency,
  more: Partial<Recurrence> = {},
): Recurrence => ({ weekday, localTime, timeZone, frequency, ...more });

describe('each frequency across a daylight-saving change', () => {
  it('weekly: Monday 09:00 in Helsinki and Sunday 02:30 in Los Angeles (a time the change skips)', () => {
    expect(slots(rec(HEL, 1, '09:00', 'weekly'), '2027-03-20T00:00:00Z', 2)).toEqual([
      '2027-03-22T07:00:00Z',
      '2027-03-29T06:00:00Z',
    ]);
    expect(slots(rec(LA, 7, '02:30', 'weekly'), '2027-03-01T00:00:00Z', 3)).toEqual([
      '2027-03-07T10:30:00Z',
      // 02:30 does not exist that night: 03:30 PDT, once.
      '2027-03-14T10:30:00Z',
      '2027-03-21T09:30:00Z',
    ]);
  });

  it('every other week keeps its weeks across the change, in both zones', () => {
    expect(
      slots(rec(HEL, 1, '09:00', 'biweekly', { anchor: '2027-03-15' }), '2027-03-09T00:00:00Z', 3),
    ).toEqual(['2027-03-15T07:00:00Z', '2027-03-29T06:00:00Z', '2027-04-12T06:00:00Z']);
    expect(
      slots(rec(LA, 5, '10:00', 'biweekly', { anchor: '2027-03-01' }), '2027-03-01T00:00:00Z', 3),
    ).toEqual(['2027-03-05T18:00:00Z', '2027-03-19T17:00:00Z', '2027-04-02T17:00:00Z']);
    // Across a 53-week year (2026 has week 53): still every fourteenth day.
    const year = slots(rec(HEL, 4, '12:00', 'biweekly', { anchor: '2026-12-21' }), '2026-12-15T00:00:00Z', 3);
    expect(year).toEqual(['2026-12-24T10:00:00Z', '2027-01-07T10:00:00Z', '2027-01-21T10:00:00Z']);
  });

  it('monthly in the first week: the first Monday in Helsinki, the first Sunday 01:30 in Los Angeles (a time that comes twice)', () => {
    expect(slots(rec(HEL, 1, '09:00', 'monthly_first'), '2027-02-15T00:00:00Z', 2)).toEqual([
      '2027-03-01T07:00:00Z',
      '2027-04-05T06:00:00Z',
    ]);
    expect(slots(rec(LA, 7, '01:30', 'monthly_first'), '2026-09-15T00:00:00Z', 3)).toEqual([
      '2026-10-04T08:30:00Z',
      // 1 Nov 2026 01:30 comes twice: once, at the second (PST).
      '2026-11-01T09:30:00Z',
      '2026-12-06T09:30:00Z',
    ]);
  });

  it('monthly in the last week: the last Sunday 03:30 in Helsinki, the night of both changes', () => {
    expect(slots(rec(HEL, 7, '03:30', 'monthly_last'), '2026-09-01T00:00:00Z', 2)).toEqual([
      '2026-09-27T00:30:00Z',
      // Falls back that night: the second 03:30, in EET.
      '2026-10-25T01:30:00Z',
    ]);
    expect(slots(rec(HEL, 7, '03:30', 'monthly_last'), '2027-02-01T00:00:00Z', 3)).toEqual([
      '2027-02-28T01:30:00Z',
      // Springs forward that night: 03:30 does not exist, 04:30 EEST instead.
      '2027-03-28T01:30:00Z',
      '2027-04-25T00:30:00Z',
    ]);
    expect(slots(rec(LA, 5, '17:00', 'monthly_last'), '2027-02-01T00:00:00Z', 2)).toEqual([
      // Friday 26 Feb 17:00 PST, then Friday 26 Mar 17:00 PDT.
      '2027-02-27T01:00:00Z',
      '2027-03-27T00:00:00Z',
    ]);
  });

  it('the reminder the day after a monthly prompt, also into the next month', () => {
    const reminder = rec(HEL, 7, '10:00', 'monthly_last', { dayOffset: 1 });
    expect(slots(reminder, '2027-02-02T00:00:00Z', 2)).toEqual([
      // The prompt on Sunday 28 Feb; the reminder on Monday 1 Mar.
      '2027-03-01T08:00:00Z',
      '2027-03-29T07:00:00Z',
    ]);
  });

  it('over two years, each runs exactly once per period at its wall time', () => {
    for (const zone of [HEL, LA]) {
      for (const frequency of ['weekly', 'biweekly', 'monthly_first', 'monthly_last'] as const) {
        const r = rec(zone, 3, '09:15', frequency, { anchor: '2026-01-05' });
        const all = slots(r, '2026-01-01T00:00:00Z', frequency.startsWith('monthly') ? 24 : 52);
        const local = all.map((s) => DateTime.fromISO(s, { zone }));
        expect(new Set(all).size).toBe(all.length);
        for (const d of local) expect([d.weekday, d.toFormat('HH:mm')]).toEqual([3, '09:15']);
        const gaps = local
          .slice(1)
          .map((d, i) => Math.round(d.startOf('day').diff(local[i]!.startOf('day'), 'days').days));
        if (frequency === 'weekly') expect(new Set(gaps)).toEqual(new Set([7]));
        if (frequency === 'biweekly') expect(new Set(gaps)).toEqual(new Set([14]));
        if (frequency.startsWith('monthly')) {
          expect(new Set(local.map((d) => d.toFormat('yyyy-MM'))).size).toBe(24);
          for (const d of local)
            expect(frequency === 'monthly_first' ? d.day <= 7 : d.day > d.daysInMonth! - 7).toBe(true);
        }
      }
    }
  });

  it('every other week starts in the week of the next slot', () => {
    // Saved on Wednesday 3 Mar 2027: the next Sunday is 7 Mar, in the week of Monday 1 Mar.
    expect(anchorAfter(rec(LA, 7, '02:30', 'weekly'), new Date('2027-03-03T20:00:00Z'))).toBe('2027-03-01');
    // Saved on a Monday after its 09:00: next week's.
    expect(anchorAfter(rec(HEL, 1, '09:00', 'weekly'), new Date('2027-03-15T08:00:00Z'))).toBe('2027-03-22');
  });
});

// ---- through the schedule window, on the controllable clock ---------------------------------

let t: TestApp;
afterEach(async () => {
  await t?.stop();
});

const due: DueCheckin = { metricId: 'M1', name: 'Followers', ownerId: 'U2', period: '2027-W10' };

async function boot(start: string) {
  t = await TestApp.start({
    clock: new TestClock(start),
    users: [U1, UFI, { id: 'U2', locale: 'en-US', tz: 'Europe/Helsinki' }],
    scheduler: {
      tick: false,
      content: {
        digest: async (s) => ({
          strategyId: s.id,
          strategyName: s.name,
          channelId: s.channelId,
          language: s.language,
        }),
        checkinDue: async () => [due],
        checkinReminders: async () => [due.ownerId],
        nudges: async () => [],
      },
    },
  });
}

async function openSchedule(user: string): Promise<any> {
  const { payload } = await t.command('schedule', { user });
  const open = await t.standIn.waitFor('views.open', (a) => a.trigger_id === payload.trigger_id);
  return open.args.view;
}

const select = (value: string) => ({ type: 'static_select', selected_option: { value } });
interface Slot {
  often: string;
  day: string;
  time: string;
}
const form = (zone: string, digest: Slot, checkin: Slot) => ({
  schedule_digest_frequency: { digest_frequency: select(digest.often) },
  schedule_digest_day: { digest_day: select(digest.day) },
  schedule_digest_time: { digest_time: { type: 'timepicker', selected_time: digest.time } },
  schedule_checkin_frequency: { checkin_frequency: select(checkin.often) },
  schedule_checkin_day: { checkin_day: select(checkin.day) },
  schedule_checkin_time: { checkin_time: { type: 'timepicker', selected_time: checkin.time } },
  schedule_time_zone: { time_zone: select(zone) },
  schedule_nudges: { nudges: { type: 'radio_buttons', selected_option: { value: 'off' } } },
});

/**
 * Ticks every three hours from now to `until`, and at each expected instant and a second before
 * it; returns every post as "HH:MM instant → recipient: first words". A post due at an instant not
 * expected would still go out at the next three-hourly tick, and show there.
 */
async function run(until: string, expected: string[]): Promise<string[]> {
  const stops = new Set<number>();
  for (let at = t.clock.now().getTime(); at <= Date.parse(until); at += 3 * 3600_000) stops.add(at);
  for (const e of expected) {
    stops.add(Date.parse(e) - 1000);
    stops.add(Date.parse(e));
  }
  const posts: string[] = [];
  for (const at of [...stops].sort((a, b) => a - b)) {
    if (at < t.clock.now().getTime()) continue;
    t.clock.set(new Date(at).toISOString());
    const before = t.standIn.callsOf('chat.postMessage').length;
    await t.app.scheduler.tick();
    for (const c of t.standIn.callsOf('chat.postMessage').slice(before))
      if (c.result?.ok)
        posts.push(
          `${new Date(at).toISOString().replace('.000Z', 'Z')} ${c.args.channel} ${String(c.args.text).slice(0, 24)}`,
        );
  }
  return posts;
}

const row = (kind: 'digest' | 'checkin_prompt' | 'checkin_reminder' | 'nudges') =>
  t.app.db.selectFrom('schedules').selectAll().where('kind', '=', kind).executeTakeFirstOrThrow();

describe('the schedule window sets each kind’s frequency', () => {
  it('in English: the digest off, the check-in on the last Sunday of the month over the spring change in Helsinki', async () => {
    await boot('2027-03-10T12:00:00Z');
    await t.reply('start Launch');
    const view = await openSchedule('U1');
    const often = view.blocks.find((b: any) => b.block_id === 'schedule_digest_frequency').element;
    expect(often.initial_option.value).toBe('weekly');
    expect(often.options.map((o: any) => o.text.text)).toEqual([
      'Every week',
      'Every two weeks',
      'Monthly, in the first week',
      'Monthly, in the last week',
      'Off',
    ]);
    const submitted = await t.submit(
      view,
      form(
        HEL,
        { often: 'off', day: '1', time: '09:00' },
        { often: 'monthly_last', day: '7', time: '03:30' },
      ),
      { user: 'U1' },
    );
    expect(submitted.body).toEqual({});
    const confirm = await t.standIn.waitFor('chat.postEphemeral', (a) => a.user === 'U1');
    expect(confirm.args.text).toContain(
      'Digest: off. Check-in: the last Sunday of each month at 03:30. Time zone: Europe/Helsinki.',
    );
    expect(await row('digest')).toMatchObject({ enabled: 0 });
    expect(await row('checkin_reminder')).toMatchObject({
      enabled: 1,
      frequency: 'monthly_last',
      day_offset: 1,
    });

    // 28 Mar 03:30 does not exist in Helsinki: 04:30 EEST. The reminder is Monday 03:30 EEST.
    const expected = [
      '2027-03-28T01:30:00Z',
      '2027-03-29T00:30:00Z',
      '2027-04-25T00:30:00Z',
      '2027-04-26T00:30:00Z',
    ];
    expect(await run('2027-04-27T00:00:00Z', expected)).toEqual([
      '2027-03-28T01:30:00Z C1 Time for the check-in of',
      '2027-03-29T00:30:00Z U2 A reminder from *Launch*',
      '2027-04-25T00:30:00Z C1 Time for the check-in of',
      '2027-04-26T00:30:00Z U2 A reminder from *Launch*',
    ]);

    // Reopened, it shows what was saved.
    const reopened = await openSchedule('U1');
    const initial = (id: string) =>
      reopened.blocks.find((b: any) => b.block_id === id).element.initial_option.value;
    expect([initial('schedule_digest_frequency'), initial('schedule_checkin_frequency')]).toEqual([
      'off',
      'monthly_last',
    ]);
  });

  it('suomeksi: kooste joka toinen sunnuntai ja seuranta kuun ensimmäisenä perjantaina Los Angelesissa kevään vaihteen yli', async () => {
    await boot('2027-03-03T20:00:00Z');
    await t.reply('start Launch', { user: 'UFI' });
    const view = await openSchedule('UFI');
    const often = view.blocks.find((b: any) => b.block_id === 'schedule_checkin_frequency');
    expect(often.label.text).toBe('Mittariseuranta: kuinka usein');
    expect(often.element.options.map((o: any) => o.text.text)).toContain(
      'Kerran kuussa, kuun ensimmäisellä viikolla',
    );
    await t.submit(
      view,
      form(
        LA,
        { often: 'biweekly', day: '7', time: '02:30' },
        { often: 'monthly_first', day: '5', time: '10:00' },
      ),
      { user: 'UFI' },
    );
    const confirm = await t.standIn.waitFor('chat.postEphemeral', (a) => a.user === 'UFI');
    expect(confirm.args.text).toContain(
      'Kooste: joka toinen sunnuntai klo 02:30. Seuranta: kuun ensimmäinen perjantai klo 10:00.',
    );
    expect(await row('digest')).toMatchObject({ frequency: 'biweekly', anchor: '2027-03-01' });

    // Sundays 7 and 21 Mar (02:30 PST, then PDT); 14 Mar, the night 02:30 is skipped, is off.
    const expected = [
      '2027-03-05T18:00:00Z',
      '2027-03-06T18:00:00Z',
      '2027-03-07T10:30:00Z',
      '2027-03-21T09:30:00Z',
      '2027-04-02T17:00:00Z',
      '2027-04-03T17:00:00Z',
      '2027-04-04T09:30:00Z',
    ];
    const posts = await run('2027-04-06T00:00:00Z', expected);
    expect(posts.filter((p) => p.includes(' C1 '))).toEqual([
      '2027-03-05T18:00:00Z C1 *Launch*: on seurannan a',
      '2027-03-07T10:30:00Z C1 Viikkokooste: Launch',
      '2027-03-21T09:30:00Z C1 Viikkokooste: Launch',
      '2027-04-02T17:00:00Z C1 *Launch*: on seurannan a',
      '2027-04-04T09:30:00Z C1 Viikkokooste: Launch',
    ]);
    // The reminders, the Saturday after each prompt at 10:00 local.
    expect(posts.filter((p) => p.includes(' U2 ')).map((p) => p.slice(0, 20))).toEqual([
      '2027-03-06T18:00:00Z',
      '2027-04-03T17:00:00Z',
    ]);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TestClock } from '../support/clock.js';
import { TestApp, U1 } from '../support/harness.js';
import type { Json } from '../support/slack-stand-in.js';

// The scheduled messages with the strategy's real content: the phases the team assigned, the
// readiness gaps, the metrics and their check-ins; and the buttons that lead from them to the
// check-in modal.

let t: TestApp;

beforeEach(async () => {
  // Sunday 29 November 2026, 14:00 in Helsinki.
  t = await TestApp.start({
    clock: new TestClock('2026-11-29T12:00:00Z'),
    users: [
      U1,
      { id: 'U2', locale: 'en-US', tz: 'Europe/Helsinki', chosenLanguage: 'fi' },
      { id: 'U3', locale: 'en-US', tz: 'Europe/Helsinki' },
    ],
  });
  await t.reply('start Launch');
  await t.reply('assign listening <@U2>');
  await t.reply('due listening 2026-12-01');
  await t.reply('assign goals <@U3>');
  await t.reply('due goals 2026-12-20');
  await addMetric('Followers', 'U3');
  // The owners hear of the due dates U1 set for them a few minutes later, before what follows.
  t.clock.set('2026-11-29T12:05:00Z');
  await t.app.scheduler.tick();
  await t.app.idle();
  mark = t.standIn.calls.length;
});
afterEach(async () => {
  await t.stop();
});

async function addMetric(name: string, owner: string): Promise<void> {
  const { payload } = await t.command('metric add');
  const view = (await t.standIn.waitFor('views.open', (a) => a.trigger_id === payload.trigger_id)).result!
    .view;
  const text = (value: string) => ({ metric_value: { type: 'plain_text_input', value } });
  const res = await t.submit(view, {
    metric_name: text(name),
    metric_unit: text(''),
    metric_baseline: text('100'),
    metric_target: text('200'),
    metric_target_date: { metric_value: { type: 'datepicker', selected_date: '2027-11-26' } },
    metric_owner: { metric_value: { type: 'users_select', selected_user: owner } },
    metric_direction: { metric_value: { type: 'radio_buttons', selected_option: { value: 'up' } } },
    metric_cadence: { metric_value: { type: 'radio_buttons', selected_option: { value: 'weekly' } } },
  });
  expect(res.body).toEqual({});
}

const blocksText = (args: Json) => JSON.stringify(args.blocks);
let mark = 0;
/** What the scheduler posted to a channel or DM since the setup (the setup's own posts left out). */
const postsTo = (channel: string) =>
  t.standIn.calls
    .slice(mark)
    .filter((c) => c.method === 'chat.postMessage' && c.result?.ok && c.args.channel === channel);

describe('what the scheduled messages say', () => {
  it('the digest that goes out every other week is titled so', async () => {
    await t.app.db
      .updateTable('schedules')
      .set({ frequency: 'biweekly', anchor: '2026-11-30' })
      .where('kind', '=', 'digest')
      .execute();
    t.clock.set('2026-11-30T07:00:00Z'); // Monday 09:00 in Helsinki
    await t.app.scheduler.tick();
    const [digest] = postsTo('C1');
    expect(digest!.args.text).toBe('Fortnightly digest: Launch');
    expect(JSON.stringify(digest!.args.blocks)).toContain('Fortnightly digest: Launch');
  });

  it('the digest shows phases done, due soon with owners, and the metrics with their trend', async () => {
    t.clock.set('2026-11-30T07:00:00Z'); // Monday 09:00 in Helsinki
    await t.app.scheduler.tick();
    const [digest] = postsTo('C1');
    expect(digest!.args.text).toBe('Weekly digest: Launch');
    const all = blocksText(digest!.args);
    expect(all).toContain('*Phases:* 0 / 8 done');
    expect(all).toContain('• Listening — <@U2> — 2026-12-01');
    expect(all).not.toContain('Goal setting —'); // due in three weeks: neither soon nor overdue
    expect(all).toContain('Followers');
    expect(all).toContain('no value yet');
  });

  it('the digest button opens the check-in modal for that strategy', async () => {
    t.clock.set('2026-11-30T07:00:00Z');
    await t.app.scheduler.tick();
    const digest = postsTo('C1')[0]!;
    const button = digest.args.blocks
      .find((b: Json) => b.type === 'actions')
      .elements.find((e: Json) => e.action_id === 'digest_report_metrics');
    await t.action('digest_report_metrics', { value: button.value });
    const open = await t.standIn.waitFor('views.open', (a) => a.view.callback_id === 'metric_checkin');
    expect(JSON.stringify(open.args.view.blocks)).toContain('Followers');
  });

  it('nudges the owner of a phase on its due day, in their language, once that day', async () => {
    t.clock.set('2026-11-30T07:00:00Z'); // Monday: not a rung of a phase due on Tuesday
    await t.app.scheduler.tick();
    expect(postsTo('U2')).toHaveLength(0);
    t.clock.set('2026-12-01T07:00:00Z'); // Tuesday 09:00 in Helsinki: the due day
    await t.app.scheduler.tick();
    await t.app.scheduler.tick();
    const nudges = postsTo('U2');
    expect(nudges).toHaveLength(1);
    expect(blocksText(nudges[0]!.args)).toContain('Kuuntelu erääntyy tänään');
    expect(postsTo('U3')).toHaveLength(0);
  });

  it('reminds metric owners who have not reported the day after the prompt, with a working button', async () => {
    // The check-in prompt goes out on Friday 4 December at 10:00, the reminder on Saturday.
    t.clock.set('2026-12-04T08:00:00Z');
    await t.app.scheduler.tick();
    const prompt = postsTo('C1').find((c) => c.args.text?.includes('check-in'))!;
    expect(prompt).toBeDefined();
    t.clock.set('2026-12-05T08:00:00Z');
    await t.app.scheduler.tick();
    const reminders = postsTo('U3');
    expect(reminders).toHaveLength(1);
    const button = reminders[0]!.args.blocks.find((b: Json) => b.type === 'actions').elements[0];
    await t.action(button.action_id, { value: button.value, channel: 'DU3', user: 'U3' });
    await t.app.idle();
    expect(t.standIn.callsOf('views.open').some((c) => c.args.view.callback_id === 'metric_checkin')).toBe(
      true,
    );
  });
});

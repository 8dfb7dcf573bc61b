import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORKFLOW_IDS } from '../../src/views/ids.js';
import { TestClock } from '../support/clock.js';
import { TestApp, U1 } from '../support/harness.js';
import type { Json } from '../support/slack-stand-in.js';

// The Workflow Builder step "Record a metric value", run as Slack runs it: a signed
// `function_executed` event (over HTTP, and over Socket Mode), then functions.completeSuccess with
// the stored period, or functions.completeError with what to fix, using the execution's token.

const typed = (value: string) => ({ metric_value: { type: 'plain_text_input', value } });

async function addMetric(t: TestApp, name: string, cadence: 'weekly' | 'monthly'): Promise<string> {
  const { payload } = await t.command('metric add');
  const view = (await t.standIn.waitFor('views.open', (a) => a.trigger_id === payload.trigger_id)).args.view;
  const res = await t.submit(view, {
    metric_name: typed(name),
    metric_unit: typed(''),
    metric_baseline: typed('100'),
    metric_target: typed('2000'),
    metric_target_date: { metric_value: { type: 'datepicker', selected_date: '2027-12-31' } },
    metric_owner: { metric_value: { type: 'users_select', selected_user: 'U1' } },
    metric_direction: { metric_value: { type: 'radio_buttons', selected_option: { value: 'up' } } },
    metric_cadence: { metric_value: { type: 'radio_buttons', selected_option: { value: cadence } } },
  });
  expect(res.body).toEqual({});
  const row = await t.app.db
    .selectFrom('metrics')
    .select('id')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Runs the step with these inputs; how the app ended it (the complete* call Slack got). */
async function runStep(t: TestApp, inputs: Json): Promise<{ method: string; args: Json; token?: string }> {
  const event = t.standIn.functionExecuted(WORKFLOW_IDS.recordValue, inputs);
  const { status } = await t.event(event);
  expect(status).toBe(200);
  const done = await Promise.race([
    t.standIn.waitFor(
      'functions.completeSuccess',
      (a) => a.function_execution_id === event.function_execution_id,
    ),
    t.standIn.waitFor(
      'functions.completeError',
      (a) => a.function_execution_id === event.function_execution_id,
    ),
  ]);
  // Slack accepted the ending: the execution is no longer running.
  expect(done.result).toEqual({ ok: true });
  expect(done.token).toBe(event.bot_access_token);
  return done;
}

const checkins = (t: TestApp, metricId: string) =>
  t.app.db
    .selectFrom('checkins')
    .select(['period', 'value', 'comment', 'source'])
    .where('metric_id', '=', metricId)
    .orderBy('period')
    .execute();

for (const transport of ['http', 'socket'] as const) {
  describe(`the Workflow Builder step over ${transport === 'http' ? 'signed HTTP events' : 'Socket Mode'}`, () => {
    let t: TestApp;
    let visitors = '';
    let newsletter = '';
    beforeAll(async () => {
      // Thursday 11 February 2027, 12:00 in Helsinki: week 6, February.
      t = await TestApp.start({ clock: new TestClock('2027-02-11T10:00:00Z'), users: [U1], transport });
      await t.reply('start Launch');
      visitors = await addMetric(t, 'Site visitors', 'weekly');
      newsletter = await addMetric(t, 'Newsletter', 'monthly');
    });
    afterAll(async () => {
      await t?.stop();
    });

    it('records the value for the current period and completes with that period', async () => {
      const done = await runStep(t, {
        strategy_channel: 'C1',
        metric: 'site VISITORS',
        value: '1 234,5',
        comment: 'From the analytics webhook',
      });
      expect(done.method).toBe('functions.completeSuccess');
      expect(done.args.outputs).toEqual({ period: '2027-W06' });
      expect(await checkins(t, visitors)).toEqual([
        { period: '2027-W06', value: 1234.5, comment: 'From the analytics webhook', source: 'workflow' },
      ]);

      const monthly = await runStep(t, { strategy_channel: 'C1', metric: 'Newsletter', value: '812' });
      expect(monthly.args.outputs).toEqual({ period: '2027-02' });
      // A later run in the same period replaces the value, as a second check-in would.
      const again = await runStep(t, { strategy_channel: 'C1', metric: 'Newsletter', value: '820.5' });
      expect(again.args.outputs).toEqual({ period: '2027-02' });
      expect(await checkins(t, newsletter)).toEqual([
        { period: '2027-02', value: 820.5, comment: null, source: 'workflow' },
      ]);
    });

    it('fails with a clear message when the channel, the metric or the value is wrong', async () => {
      const noStrategy = await runStep(t, { strategy_channel: 'C999', metric: 'Newsletter', value: '1' });
      expect(noStrategy.method).toBe('functions.completeError');
      expect(noStrategy.args.error).toBe(
        'That channel has no strategy. Pick the channel where the strategy was started.',
      );
      const typo = await runStep(t, { strategy_channel: 'C1', metric: 'Newsleter', value: '1' });
      expect(typo.args.error).toBe(
        'The strategy has no metric named “Newsleter”. Did you mean “Newsletter”?',
      );
      const notANumber = await runStep(t, {
        strategy_channel: 'C1',
        metric: 'Newsletter',
        value: 'about 900',
      });
      expect(notANumber.args.error).toBe('“about 900” is not a number. Write it as 1234,5 or 1234.5.');
      expect(await checkins(t, newsletter)).toHaveLength(1);
    });

    it('answers in the strategy’s language', async () => {
      await t.reply('language fi');
      const typo = await runStep(t, { strategy_channel: 'C1', metric: 'Uutiskirje', value: '1' });
      expect(typo.args.error).toBe('Strategiassa ei ole mittaria nimeltä ”Uutiskirje”.');
      const notANumber = await runStep(t, {
        strategy_channel: 'C1',
        metric: 'Newsletter',
        value: 'noin 900',
      });
      expect(notANumber.args.error).toBe('”noin 900” ei ole luku. Kirjoita se muodossa 1234,5 tai 1234.5.');
      await t.reply('language en');
    });
  });
}

import { afterEach, describe, expect, it } from 'vitest';
import { TestClock } from '../support/clock.js';
import { TestApp, U1, UFI } from '../support/harness.js';

// A schedule that stopped itself on a Slack error shows in status, with why and a Resume button;
// Resume asks Slack first whether the bot can post in the channel again.

let t: TestApp;
afterEach(async () => {
  await t?.stop();
});

async function boot() {
  t = await TestApp.start({
    clock: new TestClock('2026-11-29T12:00:00Z'),
    users: [U1, UFI, { id: 'U2', locale: 'en-US', tz: 'Europe/Helsinki' }],
    scheduler: { tick: false },
  });
}

const digest = () =>
  t.app.db.selectFrom('schedules').selectAll().where('kind', '=', 'digest').executeTakeFirstOrThrow();

const allText = (message: any) =>
  (message.blocks ?? [])
    .flatMap((b: any) => [b.text?.text, ...(b.elements ?? []).map((e: any) => e.text)])
    .filter(Boolean)
    .join('\n');

const resumeButton = (message: any) =>
  message.blocks.find((b: any) => b.accessory?.action_id === 'schedule_resume_paused')?.accessory;

/** Presses Resume as `user`; returns what the app answered at the button's response URL. */
async function pressResume(user: string, value: string): Promise<any> {
  const { responseUrl } = await t.action('schedule_resume_paused', { user, value });
  return (await t.standIn.waitForReply(responseUrl)).args;
}

describe('a schedule that stopped itself', () => {
  it('shows in status why, and Resume restarts it once the bot is back in the channel', async () => {
    await boot();
    await t.reply('start Launch');
    // Someone removes the bot from the channel: Slack refuses its posts with not_in_channel.
    t.standIn.addChannel({ id: 'C1', name: 'marketing', bot_member: false });
    t.clock.set('2026-11-30T07:00:00Z');
    await t.app.scheduler.tick();
    expect(await digest()).toMatchObject({ paused: 1, pause_reason: 'not_in_channel' });

    const status = await t.reply('status');
    const text = allText(status);
    expect(text).toContain('State: paused');
    expect(text).toContain('*Scheduled messages stopped*');
    expect(text).toContain('I could not post the weekly digest to <#C1>: I am not a member of the channel.');
    const button = resumeButton(status);
    expect(button.text.text).toBe('Resume');

    // Still out of the channel: Resume says so and changes nothing.
    const refused = await pressResume('U1', button.value);
    expect(refused).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(refused.text).toBe(
      'I still cannot post to <#C1>: I am not a member of the channel. Nothing was resumed. Fix that first (for example `/invite @smstrategy` in the channel) and press Resume again.',
    );
    expect(t.standIn.callsOf('conversations.info').some((c) => c.args.channel === 'C1')).toBe(true);
    expect(await digest()).toMatchObject({ paused: 1 });

    // Someone who does not manage the strategy cannot resume it.
    expect((await pressResume('U2', button.value)).text).toContain('Only the strategy’s admins');

    // Invited back: Resume restarts it from the next slot, and status shows it running.
    t.standIn.addChannel({ id: 'C1', name: 'marketing', bot_member: true });
    t.clock.set('2026-12-02T10:00:00Z');
    const resumed = await pressResume('U1', button.value);
    expect(resumed.replace_original).toBe(true);
    expect(allText(resumed)).toContain('State: active');
    expect(resumeButton(resumed)).toBeUndefined();
    expect(await digest()).toMatchObject({ paused: 0, pause_reason: null });
    expect(new Date((await digest()).next_run_at).toISOString()).toBe('2026-12-07T07:00:00.000Z');
    await t.standIn.waitFor(
      'chat.postMessage',
      (a) => a.channel === 'C1' && a.text === '<@U1> resumed the scheduled messages of this strategy.',
    );
    t.clock.set('2026-12-07T07:00:00Z');
    await t.app.scheduler.tick();
    expect(
      t.standIn
        .callsOf('chat.postMessage')
        .filter((c) => c.result?.ok && c.args.channel === 'C1' && c.args.text === 'Weekly digest: Launch'),
    ).toHaveLength(1);
  });

  it('suomeksi: arkistoitu kanava näkyy tilanteessa, ja Jatka kertoo, mikä on yhä vialla', async () => {
    await boot();
    await t.reply('start Launch', { user: 'UFI' });
    t.standIn.addChannel({ id: 'C1', name: 'marketing', is_archived: true });
    t.clock.set('2026-11-30T07:00:00Z');
    await t.app.scheduler.tick();
    expect(await digest()).toMatchObject({ paused: 1, pause_reason: 'is_archived' });

    const status = await t.reply('status', { user: 'UFI' });
    const text = allText(status);
    expect(text).toContain('*Ajastetut viestit pysähtyivät*');
    expect(text).toContain('En voinut lähettää viikkokoostetta kanavalle <#C1>: kanava on arkistoitu.');
    const button = resumeButton(status);
    expect(button.text.text).toBe('Jatka');
    const refused = await pressResume('UFI', button.value);
    expect(refused.text).toContain('En vieläkään pysty julkaisemaan kanavalle <#C1>: kanava on arkistoitu.');
    expect(await digest()).toMatchObject({ paused: 1 });

    // A pause someone chose is not the schedule's own: status shows no Resume for it.
    t.standIn.addChannel({ id: 'C1', name: 'marketing', is_archived: false });
    expect((await pressResume('UFI', button.value)).replace_original).toBe(true);
    await t.reply('pause', { user: 'UFI' });
    expect(resumeButton(await t.reply('status', { user: 'UFI' }))).toBeUndefined();
  });
});

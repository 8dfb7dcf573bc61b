import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { formatPreview, previewCommand } from '../../src/preview-cli.js';
import { TestClock } from '../support/clock.js';
import { TestApp, U1, UFI } from '../support/harness.js';

// The preview prints what a scheduler pass at an instant would send; the scheduler, run at that
// instant, then sends exactly that. Helsinki moves to summer time on Sunday 28 Mar 2027.

let t: TestApp;
afterEach(async () => {
  await t?.stop();
});

const quiet = createLogger('silent', process.stderr);

async function boot() {
  t = await TestApp.start({
    clock: new TestClock('2027-03-26T12:00:00Z'),
    users: [U1, UFI, { id: 'U2', locale: 'en-US', tz: 'Europe/Helsinki' }],
    scheduler: { tick: false },
  });
  await t.reply('start Launch', { user: 'U1' });
  await t.reply('start Lanseeraus', { user: 'UFI', channel: 'C2' });
  // Owners with due dates, so the pass has direct messages to send as well as the digests.
  const strategies = await t.app.db.selectFrom('strategies').select(['id', 'channel_id']).execute();
  const id = (channel: string) => strategies.find((s) => s.channel_id === channel)!.id;
  await t.app.db
    .updateTable('phases')
    .set({ owner_id: 'U2', due_date: '2027-03-30' })
    .where('strategy_id', '=', id('C1'))
    .where('key', '=', 'listening')
    .execute();
  await t.app.db
    .updateTable('phases')
    .set({ owner_id: 'UFI', due_date: '2027-03-22' })
    .where('strategy_id', '=', id('C2'))
    .execute();
}

/** What Slack accepted from the pass at the clock's instant: recipient, text and blocks. */
async function tickAt(at: string) {
  t.clock.set(at);
  const before = t.standIn.callsOf('chat.postMessage').length;
  await t.app.scheduler.tick();
  return t.standIn
    .callsOf('chat.postMessage')
    .slice(before)
    .filter((c) => c.result?.ok)
    .map((c) => ({ recipient: c.args.channel, text: c.args.text, blocks: c.args.blocks }));
}

const sorted = <T extends { recipient: string; text: string }>(xs: T[]) =>
  [...xs].sort((a, b) => `${a.recipient} ${a.text}`.localeCompare(`${b.recipient} ${b.text}`));

describe('npm run cli -- preview', () => {
  it('prints message for message what the scheduler then sends at that instant', async () => {
    await boot();
    // Monday's pass just after the change (the digests, a nudge a week overdue) and Tuesday's (a
    // nudge on its due day), both at 09:00 in Helsinki.
    for (const at of ['2027-03-29T06:00:00Z', '2027-03-30T06:00:00Z']) {
      const postsBefore = t.standIn.callsOf('chat.postMessage').length;
      const result = await previewCommand(t.app.db, ['--at', at], quiet);
      if (result.code !== 0) throw new Error(result.error);
      const previewed = result.items.map((i) => ({
        recipient: i.recipient,
        text: i.message.text,
        blocks: i.message.blocks,
      }));
      // Nothing was sent or changed by the preview.
      expect(t.standIn.callsOf('chat.postMessage')).toHaveLength(postsBefore);
      const sent = await tickAt(at);
      expect(sent.length, at).toBeGreaterThan(0);
      if (at.startsWith('2027-03-29'))
        expect(sent.filter((s) => s.recipient.startsWith('C')).map((s) => s.text)).toEqual(
          expect.arrayContaining(['Weekly digest: Launch', 'Viikkokooste: Lanseeraus']),
        );
      expect(sorted(previewed)).toEqual(sorted(sent));
    }
  });

  it('lists kind, recipient, local time and text, for one channel when asked', async () => {
    await boot();
    const at = '2027-03-29T06:00:00Z';
    const all = await previewCommand(t.app.db, ['--at', at], quiet);
    if (all.code !== 0) throw new Error(all.error);
    expect(all.output).toContain(
      'digest to C1 at 2027-03-29 09:00 Europe/Helsinki (workspace T1, channel C1)',
    );
    expect(all.output).toContain('  Weekly digest: Launch');
    expect(all.output).toContain('digest to C2 at 2027-03-29 09:00 Europe/Helsinki');
    expect(all.output).toContain('  Viikkokooste: Lanseeraus');
    expect(all.output).toContain('  [Report metrics] [Open status]');

    const one = await previewCommand(t.app.db, ['--at', at, '--team', 'T1', '--channel', 'C2'], quiet);
    if (one.code !== 0) throw new Error(one.error);
    expect(new Set(one.items.map((i) => i.channelId))).toEqual(new Set(['C2']));
    expect(one.items.some((i) => i.kind === 'digest')).toBe(true);

    // Before any slot is due, nothing; bad input is refused with the usage.
    const none = await previewCommand(t.app.db, ['--at', '2027-03-26T13:00:00Z'], quiet);
    expect(none).toMatchObject({
      code: 0,
      output: 'a scheduler pass at 2027-03-26T13:00:00.000Z would send nothing\n',
    });
    expect(await previewCommand(t.app.db, ['--at', 'monday'], quiet)).toMatchObject({ code: 2 });
    expect(await previewCommand(t.app.db, ['--at', at, '--channel', 'C2'], quiet)).toMatchObject({ code: 2 });
    expect(
      await previewCommand(t.app.db, ['--at', at, '--team', 'T1', '--channel', 'C9'], quiet),
    ).toMatchObject({
      code: 1,
      error: 'no strategy in channel C9 of workspace T1',
    });
    expect(formatPreview(new Date(at), [])).toContain('would send nothing');
  });
});

describe('the schedule window’s digest preview', () => {
  async function openSchedule(user: string, channel: string): Promise<any> {
    const { payload } = await t.command('schedule', { user, channel });
    const open = await t.standIn.waitFor('views.open', (a) => a.trigger_id === payload.trigger_id);
    return open.args.view;
  }

  async function preview(user: string, channel: string) {
    const view = await openSchedule(user, channel);
    const button = view.blocks
      .flatMap((b: any) => (b.type === 'actions' ? b.elements : []))
      .find((e: any) => e.action_id === 'schedule_preview_digest');
    const pushes = t.standIn.callsOf('views.push').length;
    await t.action('schedule_preview_digest', { user, value: button.value, view: { ...view, id: 'V1' } });
    await t.standIn.waitFor('views.push', () => t.standIn.callsOf('views.push').length > pushes);
    return t.standIn.callsOf('views.push').at(-1)!.args.view;
  }

  it('shows the digest the channel then gets, in English and in Finnish', async () => {
    await boot();
    const en = await preview('U1', 'C1');
    expect(en.title.text).toBe('Next digest');
    expect(en.blocks[0].elements[0].text).toContain('What <#C1> gets on 2027-03-29 at 09:00');
    const fi = await preview('UFI', 'C2');
    expect(fi.title.text).toBe('Seuraava kooste');
    expect(fi.blocks[0].elements[0].text).toContain('Tämän kanava <#C2> saa 29.3.2027 klo 09:00');
    for (const v of [en, fi]) expect(v.blocks.some((b: any) => b.type === 'actions')).toBe(false);

    const sent = await tickAt('2027-03-29T06:00:00Z');
    const digest = (channel: string) =>
      sent.find((s) => s.recipient === channel && s.blocks[0].type === 'header')!.blocks;
    expect(en.blocks.slice(2)).toEqual(digest('C1').filter((b: any) => b.type !== 'actions'));
    expect(fi.blocks.slice(2)).toEqual(digest('C2').filter((b: any) => b.type !== 'actions'));
  });

  it('says so when the digest is switched off', async () => {
    await boot();
    await t.app.db.updateTable('schedules').set({ enabled: 0 }).where('kind', '=', 'digest').execute();
    const view = await preview('U1', 'C1');
    expect(view.blocks[0].text.text).toContain('The digest is switched off');
  });
});

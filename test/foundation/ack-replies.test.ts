import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp as App, TestApp, textOf, U1, UFI } from '../support/harness.js';
import { HoldBack } from '../support/hold-back.js';
import type { Json } from '../support/slack-stand-in.js';

// A slash command's reply that is ready within a moment is the ack itself: Slack shows the ack's
// body as the reply, so nothing is posted to the response URL. A reply that is not ready goes to the
// response URL after an empty ack, which never waits on the work.

const U2 = { id: 'U2', locale: 'en-US', tz: 'Europe/Helsinki' };

/** A promise the test settles when it wants. */
function deferred(): { promise: Promise<void>; release: () => void } {
  let release = () => {};
  const promise = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { promise, release };
}

/** Sends the command; once the app is idle, what its ack carried and what went to its response URL. */
async function answered(t: App, text: string, who: { user?: string; channel?: string } = {}) {
  const sent = await t.command(text, who);
  expect(sent.status).toBe(200);
  await t.app.idle();
  const id = sent.payload.response_url!.split('/').pop();
  const posted = t.standIn.callsOf('response_url').filter((c) => c.args.response_id === id);
  return { ack: sent.ack, posted: posted.map((c) => c.args), payload: sent.payload };
}

for (const transport of ['http', 'socket'] as const) {
  describe(`replies in the ack, over ${transport === 'http' ? 'signed HTTP' : 'Socket Mode'}`, () => {
    let t: TestApp;
    const holdBack = new HoldBack();
    beforeAll(async () => {
      t = await TestApp.start({ users: [U1, UFI, U2], transport, wrapDb: (db) => holdBack.wrap(db) });
      await t.reply('start Launch');
    });
    afterAll(async () => {
      await t?.stop();
    });

    it('status, help, an unknown command, a usage error and a refusal are the ack itself', async () => {
      const cases: [string, { user?: string; channel?: string }, string][] = [
        ['status', {}, 'Launch'],
        ['help', {}, 'Build your social media strategy together'],
        ['stauts', {}, 'Did you mean `/smstrategy status`?'],
        ['due', {}, 'Usage: `/smstrategy due'],
        ['status', { channel: 'CNONE' }, 'This channel has no strategy yet.'],
        ['help', { user: 'UFI' }, 'Rakentakaa sosiaalisen median strategia yhdessä'],
      ];
      for (const [text, who, says] of cases) {
        const { ack, posted, payload } = await answered(t, text, who);
        expect(ack, text).toBeDefined();
        expect(ack!.response_type, text).toBe('ephemeral');
        expect(textOf(ack as Json), text).toContain(says);
        expect(posted, text).toEqual([]);
        // Slack shows it to the caller alone, in the channel they asked in.
        const shown = t.standIn.callsOf('command_ack').at(-1)!;
        expect(shown.args.response_id).toBe(payload.response_url!.split('/').pop());
        expect(shown.shown).toEqual({ channel: payload.channel_id, to: payload.user_id });
      }
    });

    it('due and assign confirmations are the ack itself; the channel is told after', async () => {
      const due = await answered(t, 'due listening 2026-12-15');
      expect(due.ack?.text).toBe('*Listening* is now due 2026-12-15.');
      expect(due.posted).toEqual([]);
      const assign = await answered(t, 'assign listening <@U2>');
      expect(assign.ack?.text).toBe('<@U2> now owns *Listening*. I told them by DM.');
      expect(assign.posted).toEqual([]);
    });

    it('an in-channel reply still goes to the response URL, after an empty ack', async () => {
      const { ack, posted } = await answered(t, 'pause');
      expect(ack).toBeUndefined();
      expect(posted.map((p) => p.response_type)).toEqual(['in_channel']);
      await t.reply('resume');
    });

    it('a reply not ready in time goes to the response URL; the ack did not wait for it', async () => {
      // The strategy is read slowly: the ack goes out empty while the read is still held.
      holdBack.arm('SelectQueryNode', 'strategies');
      const sent = await t.command('status');
      expect(sent.status).toBe(200);
      expect(sent.ack).toBeUndefined();
      holdBack.release();
      const id = sent.payload.response_url!.split('/').pop();
      const reply = await t.standIn.waitFor('response_url', (a) => a.response_id === id);
      expect(textOf(reply.args)).toContain('Launch');
      await t.app.idle();
      expect(t.standIn.callsOf('command_ack').some((c) => c.args.response_id === id)).toBe(false);
    });

    it('a failure before the ack still reaches the caller, after an empty ack', async () => {
      holdBack.arm('SelectQueryNode', 'strategies');
      const sending = t.command('status');
      await holdBack.reached;
      holdBack.fail(new Error('the disk is on fire'));
      const sent = await sending;
      expect(sent.status).toBe(200);
      expect(sent.ack).toBeUndefined();
      const reply = await t.replyTo(sent);
      expect(reply.text).toBe(
        'Something went wrong on my side and nothing was changed. Please try again in a moment.',
      );
    });

    it('a command that opens a modal acks without waiting for the modal', async () => {
      const opening = deferred();
      t.standIn.fail('views.open', { until: opening.promise });
      const sent = await t.command('settings');
      // The ack came while Slack was still opening the modal: the modal is the answer.
      expect(sent.ack).toBeUndefined();
      const open = await t.standIn.waitFor('views.open', (a) => a.trigger_id === sent.payload.trigger_id);
      opening.release();
      await t.app.idle();
      expect(open.result?.ok).toBe(true);
      expect(
        t.standIn
          .callsOf('response_url')
          .some((c) => c.args.response_id === sent.payload.response_url!.split('/').pop()),
      ).toBe(false);
    });

    it('a cold users.info that hangs does not hold the reply: it is the ack, in English', async () => {
      const hanging = deferred();
      t.standIn.addUser({ id: 'UCOLD', locale: 'en-GB', tz: 'Europe/Helsinki' });
      t.standIn.fail('users.info', { until: hanging.promise }, { match: (a) => a.user === 'UCOLD' });
      // A direct message with the app: no strategy there to decide the language.
      const { ack, posted } = await answered(t, 'help', { user: 'UCOLD', channel: 'DUCOLD' });
      expect(textOf(ack as Json)).toContain('Build your social media strategy together');
      expect(posted).toEqual([]);
      expect(t.standIn.callsOf('users.info').filter((c) => c.args.user === 'UCOLD')).toHaveLength(1);
      hanging.release();
    });

    it('asks Slack nothing before the ack when the strategy decides the language', async () => {
      await t.reply('start Lanseeraus', { channel: 'CFI' });
      await t.reply('language fi', { channel: 'CFI' });
      const hanging = deferred();
      t.standIn.addUser({ id: 'UNEW', locale: 'en-US', tz: 'Europe/Helsinki' });
      t.standIn.fail('users.info', { until: hanging.promise }, { match: (a) => a.user === 'UNEW' });
      const sent = await t.command('status', { user: 'UNEW', channel: 'CFI' });
      expect(textOf(sent.ack as Json)).toContain('Lanseeraus');
      expect(t.standIn.callsOf('users.info').filter((c) => c.args.user === 'UNEW')).toEqual([]);
      hanging.release();
    });
  });
}

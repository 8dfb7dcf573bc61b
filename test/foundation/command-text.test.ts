import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { afterFirstWord, decodeCommandText, firstMention, plainText } from '../../src/slack/command-text.js';
import { TestApp, textOf } from '../support/harness.js';
import { SlackStandIn } from '../support/slack-stand-in.js';

// Slash-command text as Slack sends it with `should_escape` on, decoded once at the edge: names are
// stored and shown as typed, and a person picked from Slack's list is a user id wherever a command
// needs one.

describe('command text as Slack sends it', () => {
  it('reads every escaped form, each entity decoded once', () => {
    const raw =
      'start R&amp;D &lt;b&gt; &amp;amp; <@U2|olli> <@W9ABC> <#C1|general> <#G2|> ' +
      '<!subteam^S1|@design> <!subteam^S2> <!here> <https://x.example/a?b=1&amp;c=2> ' +
      '<https://x.example|the brief> <mailto:a@x.example|a@x.example> <!date^1392734382^{date}|Feb 18>';
    expect(plainText(decodeCommandText(raw))).toBe(
      'start R&D <b> &amp; @olli @W9ABC #general #G2 @design @S2 @here https://x.example/a?b=1&c=2 ' +
        'the brief a@x.example Feb 18',
    );
  });

  it('finds the first person picked, and the words around them', () => {
    const parts = afterFirstWord(decodeCommandText('assign Goal setting <@W9ABC|maria> '));
    expect(firstMention(parts)).toEqual({ userId: 'W9ABC', rest: 'Goal setting' });
    expect(firstMention(decodeCommandText('kuuntelu <@U123>'))).toEqual({ userId: 'U123', rest: 'kuuntelu' });
    // Typed as text, a mention is only words: `&lt;@U123&gt;` names no one.
    expect(firstMention(decodeCommandText('listening @maria &lt;@U123&gt;'))).toBeUndefined();
  });

  it('drops the zero-width spaces the app puts beside formatting characters, so a copied name matches', () => {
    expect(plainText(decodeCommandText('metric edit Net\u200B_\u200Bpromoter'))).toBe(
      'metric edit Net_promoter',
    );
  });
});

describe('the stand-in sends what a person typed as Slack does', () => {
  let standIn: SlackStandIn;
  beforeAll(async () => {
    standIn = await SlackStandIn.start();
    standIn.addUser({ id: 'U2', name: 'olli' });
  });
  afterAll(() => standIn.stop());

  it('escapes text, names a person it knows, wraps links', () => {
    expect(standIn.commandText('start R&D <launch> &amp;')).toBe('start R&amp;D &lt;launch&gt; &amp;amp;');
    expect(standIn.commandText('assign 1 <@U2>')).toBe('assign 1 <@U2|olli>');
    expect(standIn.commandText('assign 1 <@U9>')).toBe('assign 1 <@U9>');
    expect(standIn.commandText('x <#C1|general> <#G2|> <!here>')).toBe('x <#C1|general> <#G2|> <!here>');
    expect(standIn.commandText('see https://x.example/a?b=1&c=2 now')).toBe(
      'see <https://x.example/a?b=1&amp;c=2> now',
    );
  });
});

describe('names typed in a command', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ users: [{ id: 'U1', locale: 'en-US', tz: 'Europe/Helsinki' }] });
  });
  afterAll(() => t.stop());

  const stored = async (channel: string) =>
    (
      await t.app.db
        .selectFrom('strategies')
        .select('name')
        .where('channel_id', '=', channel)
        .executeTakeFirstOrThrow()
    ).name;

  it('are stored as typed and read as typed everywhere', async () => {
    const created = await t.reply('start R&D <launch>', { channel: 'C1' });
    expect(await stored('C1')).toBe('R&D <launch>');
    // mrkdwn shows `&amp;` as `&`: never `&amp;amp;`.
    expect(created.text).toContain('<@U1> started *R&amp;D &lt;launch&gt;*');
    const again = await t.reply('start R&D', { channel: 'C1' });
    expect(again.text).toContain('This channel already has a strategy: *R&amp;D &lt;launch&gt;*');

    const status = await t.reply('status', { channel: 'C1' });
    expect(status.blocks[0]).toMatchObject({
      type: 'header',
      text: { type: 'plain_text', text: 'R&D <launch>' },
    });
    expect(status.text).toBe('R&amp;D &lt;launch&gt;');

    await t.event({ type: 'app_home_opened', user: 'U1', channel: 'D1', tab: 'home' });
    await t.app.idle();
    const home = t.standIn.callsOf('views.publish').at(-1)!.args.view;
    expect(JSON.stringify(home)).toContain('<#C1> — R&amp;D &lt;launch&gt;');
    expect(JSON.stringify(home)).not.toContain('&amp;amp;');

    await t.reply('plan', { channel: 'C1' });
    const canvas = t.standIn.callsOf('canvases.create').at(-1)!.args;
    expect(canvas.title).toBe('R&D <launch>: social media strategy');
    expect(canvas.document_content.markdown).toMatch(/^# R&D \\<launch\\>: social media strategy\n/);
  });

  it('keep what the person picked as the words it shows, and an entity typed as text stays text', async () => {
    await t.reply('start Q1 <#C9|marketing> <https://x.example|brief> <!subteam^S1|@design> &amp;', {
      channel: 'C2',
    });
    expect(await stored('C2')).toBe('Q1 #marketing brief @design &amp;');
    const status = await t.reply('status', { channel: 'C2' });
    expect(textOf(status)).toContain('Q1 #marketing brief @design &amp;amp;');
  });
});

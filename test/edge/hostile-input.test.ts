import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSESSMENT_IDS } from '../../src/views/ids.js';
import { TestApp, textOf, U1, UFI } from '../support/harness.js';
import type { Json } from '../support/slack-stand-in.js';

// Text longer than the app ever needs is refused before any work is done with it: the person
// learns why, and a modal keeps what was typed.

let t: TestApp;
beforeAll(async () => {
  t = await TestApp.start({ users: [{ ...U1, is_admin: true }, UFI] });
  await t.reply('start Hostile', { channel: 'C1' });
});
afterAll(async () => {
  await t?.stop();
});

async function stored(): Promise<string> {
  await t.app.idle();
  const db = t.app.db;
  return JSON.stringify({
    strategies: await db.selectFrom('strategies').selectAll().execute(),
    drafts: await db.selectFrom('assessment_drafts').selectAll().execute(),
    metrics: await db.selectFrom('metrics').selectAll().execute(),
  });
}

describe('length bounds', () => {
  it('answers a command of 400,000 characters with its length, in the caller’s language, and does nothing', async () => {
    const before = await stored();
    const word = 'x'.repeat(400_000);
    const en = await t.reply(word);
    expect(en.text).toBe(
      'That command is 400000 characters long; a command can be at most 1000 characters. Nothing was done.',
    );
    const fi = await t.reply(`metric edit ${'ä'.repeat(4_000)}`, { user: 'UFI' });
    expect(fi.text).toContain(
      'Komento on liian pitkä: siinä on 4012 merkkiä, kun enimmäispituus on 1000 merkkiä.',
    );
    expect(await stored()).toBe(before);
  });

  it('says no metric can have a name longer than names may be, without looking for one', async () => {
    const reply = await t.reply(`metric edit ${'Newsletter '.repeat(20)}`);
    expect(reply.text).toContain('Metric names are at most 60 characters, so no metric has this one.');
  });

  it('keeps a modal open with the message under a field longer than any input allows', async () => {
    const { status, payload } = await t.command('assess');
    expect(status).toBe(200);
    const opened = await t.standIn.waitFor('views.open', (a) => a.trigger_id === payload.trigger_id);
    const view: Json = opened.args.view;
    const answer = (key: string, text: string | null): Json => ({
      [ASSESSMENT_IDS.answerBlock(key)]: {
        [ASSESSMENT_IDS.answerAction]: { type: 'plain_text_input', value: text },
      },
    });
    const before = await stored();
    const { status: submitted, body } = await t.submit(view, {
      ...answer('why', 'w'.repeat(3_001)),
      ...answer('goals', 'Fine goals'),
      ...answer('pitch', null),
    });
    expect(submitted).toBe(200);
    expect(body).toEqual({
      response_action: 'errors',
      errors: {
        [ASSESSMENT_IDS.answerBlock('why')]:
          'This field takes at most 3000 characters and has 3001. Nothing was saved: shorten the text and save again.',
      },
    });
    await t.app.idle();
    expect(await stored()).toBe(before);
  });

  it('ignores a button whose value is longer than Slack allows', async () => {
    await t.app.idle();
    const before = t.standIn.calls.length;
    const { status } = await t.action('help_status', { value: 'v'.repeat(2_001) });
    expect(status).toBe(200);
    await t.app.idle();
    expect(t.standIn.calls.slice(before).map((c) => c.method)).toEqual([]);
    expect(t.logs.some((l) => l.includes('beyond Slack’s own limits'))).toBe(true);
    // The same button within the limit still works.
    const { responseUrl } = await t.action('help_status', { value: 'v' });
    expect(textOf((await t.standIn.waitForReply(responseUrl)).args)).toContain('Hostile');
  });
});

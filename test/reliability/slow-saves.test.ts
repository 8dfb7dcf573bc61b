import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { PHASE_IDS, SAVING_IDS } from '../../src/views/ids.js';
import { checkView } from '../support/block-kit.js';
import { TestApp, textOf, U1, UFI, type Who } from '../support/harness.js';
import { HoldBack } from '../support/hold-back.js';
import type { Json } from '../support/slack-stand-in.js';
import { valuesAsOpened } from '../support/view-values.js';

// A save that outlasts Slack's 3 seconds: the modal is answered in time with "Saving…", then
// updated with the outcome once the write is done. The database is made slow on purpose: a
// query held back until the test lets it go (both databases), or a row another connection keeps
// locked (PostgreSQL). The app is told to answer "Saving…" sooner than it would for Slack, so
// the test need not wait two seconds; the order of events is the same.

const server = process.env.TEST_DATABASE_URL;
let t: TestApp | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

async function start(holdBack?: HoldBack): Promise<TestApp> {
  t = await TestApp.start({
    users: [U1, UFI, { id: 'U2', locale: 'en-US' }],
    savingAfterMs: 50,
    ...(holdBack ? { wrapDb: (db) => holdBack.wrap(db) } : {}),
  });
  await t.reply('start Launch');
  return t;
}

/** Opens the phase modal, once everything sent before has settled (so only the save is held back). */
async function openPhase(app: TestApp, who: Who = {}): Promise<Json> {
  await app.app.idle();
  const { payload } = await app.command('phase 1', who);
  const view = (await app.standIn.waitFor('views.open', (a) => a.trigger_id === payload.trigger_id)).result!
    .view;
  await app.app.idle();
  return view;
}

/** What the app did to the modal after its answer, in order. */
const updatesOf = (app: TestApp, view: Json) =>
  app.standIn.callsOf('views.update').filter((c) => c.args.view_id === view.id);

const phaseRow = (app: TestApp) =>
  app.app.db.selectFrom('phases').selectAll().where('key', '=', 'listening').executeTakeFirstOrThrow();

describe('a save slower than Slack waits', () => {
  it('answers "Saving…" in time, then shows "Saved" once the write lands, and never an error', async () => {
    const holdBack = new HoldBack();
    const app = await start(holdBack);
    const view = await openPhase(app);
    holdBack.arm('InsertQueryNode', 'audit_events');
    const submitted = app.submit(
      view,
      valuesAsOpened(view, { [PHASE_IDS.ownerBlock]: { selected_user: 'U2' } }),
    );
    await holdBack.reached;
    const { status, body } = await submitted;
    expect(status).toBe(200);
    expect(body.response_action).toBe('update');
    expect(body.view.callback_id).toBe(SAVING_IDS.view);
    expect(body.view.title.text).toBe(view.title.text);
    expect(checkView(body.view)).toEqual([]);
    expect(textOf(body.view)).toContain('Saving…');
    expect(updatesOf(app, view)).toEqual([]);

    holdBack.release();
    await app.app.idle();
    const updates = updatesOf(app, view);
    expect(updates).toHaveLength(1);
    expect(textOf(updates[0]!.args.view)).toContain('Saved.');
    expect((await phaseRow(app)).owner_id).toBe('U2');
    // What follows a save still follows it: the new owner is told.
    expect(app.standIn.callsOf('chat.postMessage').filter((c) => c.args.channel === 'U2')).toHaveLength(1);
  });

  it('speaks Finnish to a Finnish user', async () => {
    const holdBack = new HoldBack();
    const app = await start(holdBack);
    await app.reply('assign 1 <@UFI>');
    const view = await openPhase(app, { user: 'UFI' });
    holdBack.arm('InsertQueryNode', 'audit_events');
    const submitted = app.submit(
      view,
      valuesAsOpened(view, { [PHASE_IDS.notesBlock]: { value: 'Brand24' } }),
      {
        user: 'UFI',
      },
    );
    const { body } = await submitted;
    expect(textOf(body.view)).toContain('Tallennetaan…');
    holdBack.release();
    await app.app.idle();
    expect(textOf(updatesOf(app, view)[0]!.args.view)).toContain('Tallennettu.');
    expect((await phaseRow(app)).notes).toBe('Brand24');
  });

  it('shows why it was not saved when the slow save is refused', async () => {
    const holdBack = new HoldBack();
    const app = await start(holdBack);
    await app.reply('assign 1 <@U2>');
    const view = await openPhase(app);
    // An admin's modal submitted by someone who may not reassign the phase: refused once the
    // phase has been read, which is held back.
    holdBack.arm('SelectQueryNode', 'phases');
    const { body } = await app.submit(
      view,
      valuesAsOpened(view, { [PHASE_IDS.ownerBlock]: { selected_user: 'U1' } }),
      {
        user: 'U2',
      },
    );
    expect(textOf(body.view)).toContain('Saving…');
    holdBack.release();
    await app.app.idle();
    const shown = textOf(updatesOf(app, view)[0]!.args.view);
    expect(shown).toContain('Not saved.');
    expect(shown).toContain("Only the strategy's admins");
    expect((await phaseRow(app)).owner_id).toBe('U2');
  });

  it('says it failed only when the write failed, and then nothing was changed', async () => {
    const holdBack = new HoldBack();
    const app = await start(holdBack);
    const view = await openPhase(app);
    holdBack.arm('InsertQueryNode', 'audit_events');
    const { body } = await app.submit(
      view,
      valuesAsOpened(view, { [PHASE_IDS.notesBlock]: { value: 'Lost?' } }),
    );
    expect(textOf(body.view)).toContain('Saving…');
    holdBack.fail(new Error('connection terminated'));
    await app.app.idle();
    expect(textOf(updatesOf(app, view)[0]!.args.view)).toContain('Nothing was changed');
    expect((await phaseRow(app)).notes).toBeNull();
  });

  it.skipIf(!server)('waits out a row another connection holds on PostgreSQL, then saves', async () => {
    const app = await start();
    const view = await openPhase(app);
    const other = new pg.Client({ connectionString: app.databaseUrl });
    await other.connect();
    try {
      await other.query('begin');
      await other.query("select * from phases where key = 'listening' for update");
      const { body } = await app.submit(
        view,
        valuesAsOpened(view, { [PHASE_IDS.dueBlock]: { selected_date: '2026-12-31' } }),
      );
      expect(textOf(body.view)).toContain('Saving…');
      expect((await phaseRow(app)).due_date).toBeNull();
      await other.query('commit');
    } finally {
      await other.end();
    }
    await app.app.idle();
    expect(textOf(updatesOf(app, view)[0]!.args.view)).toContain('Saved.');
    expect((await phaseRow(app)).due_date).toBe('2026-12-31');
  });
});

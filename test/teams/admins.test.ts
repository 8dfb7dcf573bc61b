import { describe, expect, it } from 'vitest';
import { appForEachTest } from '../support/app-per-test.js';
import { adminsOf, auditActions, dmsTo, USERS } from './support.js';

// U1 starts the strategy and is its first admin; U2 and U3 are team members; UFI has chosen
// Finnish; UADMIN is a workspace admin.
const t = appForEachTest({ users: USERS }, (t) => t.reply('start Launch'));

describe('admin add, remove and list', () => {
  it('adds an admin, tells them by DM, and audits it', async () => {
    const reply = await t.reply('admin add <@U2|maria>');
    expect(reply.text).toBe('<@U2> is now an admin of this strategy.');
    expect(await adminsOf(t)).toEqual(['U1', 'U2']);
    await t.app.idle();
    const dm = dmsTo(t, 'U2');
    expect(dm).toHaveLength(1);
    expect(dm[0]!.args.text).toContain('<@U1> made you an admin of *Launch* in <#C1>');
    const audit = (await auditActions(t)).filter((a) => a.action === 'admin.added');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_id: 'U1', subject: 'U2' });
    expect(JSON.parse(audit[0]!.after_json!)).toEqual({ admins: ['U1', 'U2'] });

    const list = await t.reply('admin list');
    expect(list.text).toBe(
      '*Admins of Launch:* <@U1>, <@U2>. Workspace admins can manage every strategy as well.',
    );
    expect((await t.reply('admin')).text).toContain('*Admins of Launch:*');
  });

  it('the new admin can manage; removing them tells them, and they can no longer', async () => {
    await t.reply('admin add <@U2>');
    expect((await t.reply('rename Launch 2027', { user: 'U2' })).response_type).toBe('in_channel');
    const removed = await t.reply('admin remove <@U2>');
    expect(removed.text).toBe('<@U2> is no longer an admin of this strategy.');
    await t.app.idle();
    expect(dmsTo(t, 'U2').at(-1)!.args.text).toContain('<@U1> removed you from the admins of *Launch 2027*');
    const refused = await t.reply('rename Other', { user: 'U2' });
    expect(refused.text).toBe(
      "Only the strategy's admins (<@U1>) and workspace admins can do this. Nothing was changed.",
    );
    expect((await auditActions(t)).map((a) => a.action)).toContain('admin.removed');
  });

  it('refuses a non-admin and changes nothing', async () => {
    const reply = await t.reply('admin add <@U3>', { user: 'U2' });
    expect(reply.text).toBe(
      "Only the strategy's admins (<@U1>) and workspace admins can do this. Nothing was changed.",
    );
    expect(await adminsOf(t)).toEqual(['U1']);
    expect(dmsTo(t, 'U3')).toHaveLength(0);
  });

  it('keeps the last admin: they cannot remove themselves, nor can a workspace admin remove them', async () => {
    const self = await t.reply('admin remove <@U1>');
    expect(self.text).toContain("<@U1> is this strategy's only admin, and a strategy always keeps one.");
    const byAdmin = await t.reply('admin remove <@U1>', { user: 'UADMIN' });
    expect(byAdmin.text).toContain("<@U1> is this strategy's only admin");
    expect(await adminsOf(t)).toEqual(['U1']);
    // With a second admin, the first may step down.
    await t.reply('admin add <@U2>');
    expect((await t.reply('admin remove <@U1>')).text).toBe('<@U1> is no longer an admin of this strategy.');
    expect(await adminsOf(t)).toEqual(['U2']);
    expect((await t.reply('admin remove <@U2>', { user: 'U2' })).text).toContain('only admin');
  });

  it('lets a workspace admin act on any strategy', async () => {
    const reply = await t.reply('admin add <@U3>', { user: 'UADMIN' });
    expect(reply.text).toBe('<@U3> is now an admin of this strategy.');
    expect(await adminsOf(t)).toEqual(['U1', 'U3']);
    const audit = (await auditActions(t)).find((a) => a.action === 'admin.added');
    expect(audit?.actor_id).toBe('UADMIN');
  });

  it('says what is wrong with the person or the words, and changes nothing', async () => {
    expect((await t.reply('admin add <@UBOT>')).text).toBe(
      '<@UBOT> is a bot and cannot be an admin. Nothing was changed.',
    );
    expect((await t.reply('admin add <@UGONE>')).text).toBe(
      '<@UGONE> is deactivated and cannot be an admin. Nothing was changed.',
    );
    expect((await t.reply('admin add <@U1>')).text).toBe('<@U1> is already an admin. Nothing was changed.');
    expect((await t.reply('admin remove <@U3>')).text).toBe(
      '<@U3> is not an admin of this strategy. Nothing was changed.',
    );
    expect((await t.reply('admin add @maria')).text).toContain('`/smstrategy admin add @person`');
    expect((await t.reply('admin promote <@U2>')).text).toContain('`/smstrategy admin add @person`');
    expect(await adminsOf(t)).toEqual(['U1']);
    expect((await auditActions(t)).filter((a) => a.action.startsWith('admin.'))).toHaveLength(0);
  });

  it('speaks Finnish to whoever chose it, and tells the new admin in their language', async () => {
    await t.reply('admin add <@UFI>');
    await t.app.idle();
    expect(dmsTo(t, 'UFI')[0]!.args.text).toContain('<@U1> teki sinusta strategian *Launch* ylläpitäjän');
    const list = await t.reply('ylläpitäjä lista', { user: 'UFI' });
    expect(list.text).toContain('*Strategian Launch ylläpitäjät:* <@U1>, <@UFI>.');
    const last = await t.reply('admin remove <@U2>', { user: 'U2' });
    expect(last.text).toContain('Only the strategy');
    const fiRefused = await t.reply('admin remove <@U1>', { user: 'U2' });
    expect(fiRefused.text).toContain('Nothing was changed.');
    await t.reply('admin remove <@U1>', { user: 'UFI' });
    const lastFi = await t.reply('admin poista <@UFI>', { user: 'UFI' });
    expect(lastFi.text).toContain('<@UFI> on strategian ainoa ylläpitäjä');
    const notAdminFi = await t.reply('admin add <@U3>', { user: 'U2' });
    expect(notAdminFi.text).toContain('(<@UFI>)');
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ACTION_WHAT_MAX,
  CHANNEL_TEXT_MAX,
  fieldMaxLength,
  GOAL_TEXT_MAX,
  MAX_ACTIONS,
  MAX_CHANNELS,
  MAX_GOALS,
  PHASE_FIELDS,
} from '../../src/domain/phase-content.js';
import type { ServiceDeps } from '../../src/services/deps.js';
import { addMetric } from '../../src/services/metrics.js';
import {
  actionsDueFor,
  phaseContentOf,
  saveItem,
  savePhaseFields,
} from '../../src/services/phase-content.js';
import { strategyNamed } from '../../src/services/strategies.js';
import { escapeMrkdwn } from '../../src/views/escape.js';
import { CONTENT_IDS } from '../../src/views/ids.js';
import { checkMessage, checkView } from '../support/block-kit.js';
import { TestClock } from '../support/clock.js';
import { TestApp } from '../support/harness.js';
import type { Json } from '../support/slack-stand-in.js';
import { valuesAsOpened } from '../support/view-values.js';
import { lastHome, USERS } from './support.js';

// What each phase holds, through the phase window and the windows of its entries, over signed
// requests: the fields of every phase, goals linked to metrics, the channel register with its
// owners' confirmations in the check-in and its quiet accounts in the digest, the action plan on
// its owners' App Home.

let t: TestApp;
let deps: ServiceDeps;
let strategyId: string;

beforeEach(async () => {
  // Thursday 26 November 2026, 11:00 in Helsinki (ISO week 48).
  t = await TestApp.start({ users: USERS, clock: new TestClock('2026-11-26T09:00:00Z') });
  await t.reply('start Launch', { channelName: 'marketing' });
  deps = { db: t.app.db, clock: t.clock, logger: undefined as never };
  strategyId = (await t.app.db.selectFrom('strategies').select('id').executeTakeFirstOrThrow()).id;
});
afterEach(async () => {
  await t.stop();
});

const strategy = async () => (await strategyNamed(deps, 'T1', strategyId))!;
const admin = { userId: 'U1', isWorkspaceAdmin: false };

/** The phase window `/smstrategy phase <name>` opened, as Slack holds it (with its id). */
async function openWindow(name: string, user = 'U1'): Promise<Json> {
  const { payload } = await t.command(`phase ${name}`, { user });
  return (await t.standIn.waitFor('views.open', (a) => a.trigger_id === payload.trigger_id)).result!.view;
}

/** Clicks "Add" or an entry's "Edit" in a phase window; the entry window pushed over it. */
async function pushEntry(parent: Json, value: Json, user = 'U1'): Promise<Json> {
  const before = t.standIn.callsOf('views.push').length;
  const actionId = value.i ? CONTENT_IDS.editItem : CONTENT_IDS.addItem;
  await t.action(actionId, { user, view: parent, value: JSON.stringify(value) });
  await t.app.idle();
  const pushed = t.standIn.callsOf('views.push');
  expect(pushed.length).toBe(before + 1);
  return pushed.at(-1)!.result!.view;
}

const typed = (value: string) => ({ value });
const item = (field: string) => CONTENT_IDS.itemBlock(field);

/** The phase window shown again after an entry was saved (views.update of the window under it). */
function updatedWindow(parent: Json): Json {
  const update = t.standIn
    .callsOf('views.update')
    .filter((c) => c.args.view_id === parent.id)
    .at(-1);
  if (!update) throw new Error('the phase window was not updated');
  return update.result!.view;
}

const blocksText = (view: Json) => JSON.stringify(view.blocks);
/** Every mrkdwn text of some blocks: where a `<!here>` someone typed would ping. */
const mrkdwnOf = (blocks: Json[]): string[] =>
  blocks.flatMap((b) => [
    ...(b.text?.type === 'mrkdwn' ? [b.text.text] : []),
    ...(b.type === 'context'
      ? b.elements.filter((e: Json) => e.type === 'mrkdwn').map((e: Json) => e.text)
      : []),
  ]);
const auditOf = (action: string) =>
  t.app.db.selectFrom('audit_events').selectAll().where('action', '=', action).orderBy('at').execute();

async function addChannel(
  parent: Json,
  o: { service: string; handle: string; owner?: string; cadence?: string },
): Promise<Json> {
  const view = await pushEntry(parent, { s: strategyId, t: 'channel' });
  const res = await t.submit(
    view,
    valuesAsOpened(view, {
      [item('service')]: typed(o.service),
      [item('handle')]: typed(o.handle),
      [item('audience')]: typed('Marketing leads in Finland'),
      [item('purpose')]: typed('Thought leadership'),
      [item('cadence')]: { selected_option: { value: o.cadence ?? 'weekly' } },
      ...(o.owner ? { [item('owner')]: { selected_user: o.owner } } : {}),
    }),
  );
  expect(res.body).toEqual({});
  await t.app.idle();
  return updatedWindow(parent);
}

describe('the phase windows', () => {
  it('every phase with fields shows them as inputs; what is saved is audited with before and after, and versioned', async () => {
    const fieldPhases = ['listening', 'content', 'presence', 'measurement', 'organisation'] as const;
    const labels: Record<string, string[]> = {
      listening: ['Sources and communities we follow', 'Competitors we follow', 'What we have learned'],
      content: ['Content pillars', 'Formats', 'Tone of voice', 'Publishing rhythm'],
      presence: ['How we take part', 'Response-time promise', 'House rules', 'Who answers'],
      measurement: ['Reporting: what, how often, by whom'],
      organisation: ['Roles and time per week', 'Time in all, hours per week', 'Monthly budget'],
    };
    for (const phase of fieldPhases) {
      const view = await openWindow(phase);
      const inputs = (view.blocks as Json[]).filter((b) => String(b.block_id).startsWith('phase_field_'));
      expect(inputs.map((b) => b.label.text)).toEqual(labels[phase]);
      const typedIn = Object.fromEntries(
        PHASE_FIELDS[phase].map((f) => [CONTENT_IDS.fieldBlock(f), typed(`${phase} ${f} <!channel>`)]),
      );
      const res = await t.submit(view, valuesAsOpened(view, typedIn));
      expect(res.body).toEqual({});
    }
    await t.app.idle();
    const content = await phaseContentOf(deps, await strategy());
    expect(content.fields.listening).toEqual({
      sources: 'listening sources <!channel>',
      competitors: 'listening competitors <!channel>',
      findings: 'listening findings <!channel>',
    });
    expect(content.fields.organisation?.monthly_budget).toBe('organisation monthly_budget <!channel>');
    const audit = await auditOf('phase.content_updated');
    expect(audit.map((a) => a.subject)).toEqual([...fieldPhases]);
    expect(JSON.parse(audit[0]!.before_json!)).toEqual({ sources: null, competitors: null, findings: null });

    // Reopened, the window holds what was saved; a field changed and one emptied are saved alone.
    const again = await openWindow('listening');
    const sources = (again.blocks as Json[]).find((b) => b.block_id === CONTENT_IDS.fieldBlock('sources'))!;
    expect(sources.element.initial_value).toBe('listening sources <!channel>');
    await t.submit(
      again,
      valuesAsOpened(again, {
        [CONTENT_IDS.fieldBlock('sources')]: typed('Alan foorumit'),
        [CONTENT_IDS.fieldBlock('findings')]: typed(''),
      }),
    );
    const last = (await auditOf('phase.content_updated')).at(-1)!;
    expect(JSON.parse(last.before_json!)).toEqual({
      sources: 'listening sources <!channel>',
      findings: 'listening findings <!channel>',
    });
    expect(JSON.parse(last.after_json!)).toEqual({ sources: 'Alan foorumit', findings: null });
    const rows = await t.app.db
      .selectFrom('phase_fields')
      .select(['field', 'version'])
      .where('phase', '=', 'listening')
      .orderBy('field')
      .execute();
    expect(rows).toEqual([
      { field: 'competitors', version: 1 },
      { field: 'sources', version: 2 },
    ]);
  });

  it('refuses a field over its length in the window itself, and saves nothing', async () => {
    const view = await openWindow('organisation');
    const res = await t.submit(
      view,
      valuesAsOpened(view, { [CONTENT_IDS.fieldBlock('monthly_budget')]: typed('x'.repeat(201)) }),
    );
    expect(res.body).toEqual({
      response_action: 'errors',
      errors: { [CONTENT_IDS.fieldBlock('monthly_budget')]: 'Keep it to 200 characters.' },
    });
    expect(await t.app.db.selectFrom('phase_fields').selectAll().execute()).toEqual([]);
  });

  it('goals link to the metrics that measure them; the window shows the saved goal', async () => {
    const s = await strategy();
    const metric = (name: string) =>
      addMetric(deps, {
        strategy: s,
        actor: admin,
        metric: {
          name,
          unit: '',
          baseline: 1,
          target: 2,
          targetDate: '2027-06-30',
          ownerId: 'U2',
          direction: 'up',
          cadence: 'weekly',
        },
      });
    const followers = await metric('Followers');
    await metric('Leads');
    const parent = await openWindow('goals');
    expect(blocksText(parent)).toContain('No goals yet.');
    const view = await pushEntry(parent, { s: strategyId, t: 'goal' });
    const select = (view.blocks as Json[]).find((b) => b.block_id === item('metrics'))!;
    expect(select.element.type).toBe('multi_static_select');
    expect(select.element.options.map((o: Json) => o.text.text)).toEqual(['Followers', 'Leads']);
    const id = followers.kind === 'created' ? followers.metric.id : '';
    const res = await t.submit(view, {
      ...valuesAsOpened(view, { [item('text')]: typed('More returning *customers*') }),
      [item('metrics')]: {
        [CONTENT_IDS.itemAction]: { type: 'multi_static_select', selected_options: [{ value: id }] },
      },
    });
    expect(res.body).toEqual({});
    await t.app.idle();
    const goalRow = (updatedWindow(parent).blocks as Json[]).find(
      (b) => b.accessory?.action_id === CONTENT_IDS.editItem,
    )!;
    expect(goalRow.text.text).toBe(
      `• ${escapeMrkdwn('More returning *customers*')}\n  _Measured by:_ Followers`,
    );
    const content = await phaseContentOf(deps, s);
    expect(content.goals).toEqual([
      { id: expect.any(String), text: 'More returning *customers*', metricIds: [id] },
    ]);
    expect((await auditOf('goal.added'))[0]).toMatchObject({ actor_id: 'U1', before_json: null });

    // Removed from its own window: gone from the phase, kept in the audit trail.
    const edit = await pushEntry(parent, JSON.parse(goalRow.accessory.value));
    expect((edit.blocks as Json[]).find((b) => b.block_id === item('text'))?.element.initial_value).toBe(
      'More returning *customers*',
    );
    const removed = await t.submit(edit, {
      ...valuesAsOpened(edit),
      [item('remove')]: {
        [CONTENT_IDS.itemAction]: { type: 'checkboxes', selected_options: [{ value: 'remove' }] },
      },
    });
    expect(removed.body).toEqual({});
    await t.app.idle();
    expect((await phaseContentOf(deps, s)).goals).toEqual([]);
    const gone = (await auditOf('goal.removed'))[0]!;
    expect(JSON.parse(gone.before_json!)).toEqual({ text: 'More returning *customers*', metricIds: [id] });
    expect(blocksText(updatedWindow(parent))).toContain('No goals yet.');
  });

  it('the action plan: an owner sees their action on App Home and marks it done there; a past date is refused', async () => {
    const parent = await openWindow('action_plan');
    const view = await pushEntry(parent, { s: strategyId, t: 'action' });
    const past = await t.submit(
      view,
      valuesAsOpened(view, {
        [item('what')]: typed('Set up the LinkedIn page'),
        [item('owner')]: { selected_user: 'U2' },
        [item('due')]: { selected_date: '2026-11-20' },
      }),
    );
    expect(past.body.errors[item('due')]).toBe(
      '2026-11-20 has passed (today is 2026-11-26). Choose a later date.',
    );
    const res = await t.submit(
      view,
      valuesAsOpened(view, {
        [item('what')]: typed('Set up the LinkedIn page'),
        [item('owner')]: { selected_user: 'U2' },
        [item('due')]: { selected_date: '2026-11-28' },
      }),
    );
    expect(res.body).toEqual({});
    await t.app.idle();
    expect(blocksText(updatedWindow(parent))).toContain(
      '☐ Set up the LinkedIn page — <@U2> · due 2026-11-28',
    );

    // The owner's App Home lists it; the service the nudges use finds it due within three days.
    const home = lastHome(t, 'U2');
    const row = (home.blocks as Json[]).find((b) =>
      String(b.text?.text).includes('Set up the LinkedIn page'),
    )!;
    expect(row.text.text).toContain('<#C1> Launch');
    expect(row.accessory.text.text).toBe('Mark done');
    const due = await actionsDueFor(deps, 'T1', 'U2');
    expect(due.map((d) => [d.action.what, d.timing])).toEqual([['Set up the LinkedIn page', 'due_soon']]);

    await t.action(CONTENT_IDS.homeActionDone, { user: 'U2', view: home, value: row.accessory.value });
    await t.app.idle();
    const content = await phaseContentOf(deps, await strategy());
    expect(content.actions[0]).toMatchObject({ what: 'Set up the LinkedIn page', ownerId: 'U2', done: true });
    const updated = (await auditOf('action.updated'))[0]!;
    expect(updated.actor_id).toBe('U2');
    expect(JSON.parse(updated.before_json!).done).toBe(false);
    expect(JSON.parse(updated.after_json!).done).toBe(true);
    expect(blocksText(lastHome(t, 'U2'))).not.toContain('Set up the LinkedIn page');
    expect(await actionsDueFor(deps, 'T1', 'U2')).toEqual([]);
  });

  it("only the phase's owner and the strategy's admins add entries; an entry's owner may not hand it on", async () => {
    await t.reply('assign channels <@U3>');
    const parent = await openWindow('channels', 'U3');
    await addChannel(parent, { service: 'Instagram', handle: '@acme', owner: 'U2' });
    const [entry] = (await phaseContentOf(deps, await strategy())).channels;
    // U2 owns the account, not the phase: the window opened from elsewhere has no owner input.
    const s = await strategy();
    const handOn = await saveItem(deps, {
      strategy: s,
      actor: { userId: 'U2', isWorkspaceAdmin: false },
      id: entry!.id,
      item: {
        kind: 'channel',
        service: 'Instagram',
        handle: '@acme',
        audience: 'a',
        purpose: 'p',
        cadence: 'weekly',
        ownerId: 'U3',
      },
    });
    expect(handOn).toEqual({ kind: 'forbidden', phaseOwnerId: 'U3' });
    const own = await saveItem(deps, {
      strategy: s,
      actor: { userId: 'U2', isWorkspaceAdmin: false },
      id: entry!.id,
      item: {
        kind: 'channel',
        service: 'Instagram',
        handle: '@acme_fi',
        audience: 'a',
        purpose: 'p',
        cadence: 'daily',
      },
    });
    expect(own.kind).toBe('saved');
    // Someone with no part in it is refused in the pushed window, which changes nothing.
    const refused = await pushEntry({ ...parent, id: 'VOTHER' }, { s: strategyId, t: 'channel' }, 'UFI');
    expect(refused.blocks[0].text.text).toBe(
      'Vain vaiheen vastuuhenkilö <@U3> tai strategian ylläpitäjät (<@U1>) voivat tehdä tämän.',
    );
    expect(refused.submit).toBeUndefined();
  });
});

describe('the channel register', () => {
  it('each account has an owner and a cadence; the owner confirms activity in the check-in; the digest names a quiet account and its owner', async () => {
    const parent = await openWindow('channels');
    const shown = await addChannel(parent, { service: 'LinkedIn', handle: '@acme', owner: 'U2' });
    expect(blocksText(shown)).toContain(
      '• *LinkedIn* @acme\\n  Marketing leads in Finland · Thought leadership\\n  Weekly · <@U2> · no post confirmed yet',
    );
    await addChannel(parent, {
      service: 'Forum',
      handle: 'https://forum.example/acme',
      owner: 'U3',
      cadence: 'monthly',
    });
    expect((await auditOf('channel.added')).length).toBe(2);

    // Monday 7 December, 09:00 in Helsinki: no post confirmed in weeks 49 or 50 for LinkedIn.
    t.clock.set('2026-12-07T07:00:00Z');
    const mark = t.standIn.calls.length;
    await t.app.scheduler.tick();
    await t.app.scheduler.tick();
    const digests = () =>
      t.standIn.calls
        .slice(mark)
        .filter(
          (c) => c.method === 'chat.postMessage' && c.args.channel === 'C1' && /digest/i.test(c.args.text),
        );
    const [digest] = digests();
    expect(digest, 'a digest was posted').toBeDefined();
    const quiet = (digest!.args.blocks as Json[]).find((b) =>
      String(b.text?.text).startsWith('*Quiet accounts*'),
    )!;
    expect(quiet.text.text).toBe(
      '*Quiet accounts*: no post confirmed for longer than their cadence\n' +
        '• *LinkedIn* @acme — <@U2> · weekly · no post confirmed yet',
    );

    // The owner's check-in asks about their account (and only theirs); U3's monthly forum is not asked of U2.
    const { payload } = await t.command('checkin', { user: 'U2' });
    const checkin = (await t.standIn.waitFor('views.open', (a) => a.trigger_id === payload.trigger_id))
      .result!.view;
    const content = await phaseContentOf(deps, await strategy());
    const linkedin = content.channels.find((c) => c.service === 'LinkedIn')!;
    const posted = (checkin.blocks as Json[]).find(
      (b) => b.block_id === CONTENT_IDS.postedBlock(linkedin.id),
    )!;
    expect(posted.label.text).toBe('LinkedIn @acme');
    expect(posted.hint.text).toBe('week 50 (7–13 Dec) · posting cadence: weekly');
    expect(blocksText(checkin)).not.toContain('Forum');
    const bad = await t.submit(
      checkin,
      valuesAsOpened(checkin, {
        [CONTENT_IDS.postedBlock(linkedin.id)]: { selected_option: { value: 'yes' } },
        [CONTENT_IDS.countBlock(linkedin.id)]: typed('two'),
      }),
      { user: 'U2' },
    );
    expect(bad.body.errors[CONTENT_IDS.countBlock(linkedin.id)]).toBe(
      'Give the number of posts as a whole number, or leave it empty.',
    );
    const res = await t.submit(
      checkin,
      valuesAsOpened(checkin, {
        [CONTENT_IDS.postedBlock(linkedin.id)]: { selected_option: { value: 'yes' } },
        [CONTENT_IDS.countBlock(linkedin.id)]: typed('3'),
      }),
      { user: 'U2' },
    );
    expect(res.body).toEqual({});
    await t.app.idle();
    const told = t.standIn
      .callsOf('chat.postEphemeral')
      .filter((c) => c.args.user === 'U2')
      .at(-1)!;
    expect(told.args.text).toBe('1 account confirmed.');
    const after = (await phaseContentOf(deps, await strategy())).channels.find((c) => c.id === linkedin.id)!;
    expect(after.lastActivity).toMatchObject({ period: '2026-W50', posted: true, count: 3 });
    expect((await auditOf('channel.activity'))[0]).toMatchObject({ actor_id: 'U2', subject: linkedin.id });

    // A week later the account is no longer quiet; the window shows its last confirmed post.
    t.clock.set('2026-12-14T07:00:00Z');
    const mark2 = t.standIn.calls.length;
    await t.app.scheduler.tick();
    const next = t.standIn.calls
      .slice(mark2)
      .find((c) => c.method === 'chat.postMessage' && c.args.channel === 'C1' && /digest/i.test(c.args.text));
    expect(next, 'the next digest was posted').toBeDefined();
    expect(JSON.stringify(next!.args.blocks)).not.toContain('Quiet accounts');
    expect(blocksText(await openWindow('channels'))).toContain('last post week 50 (7–13 Dec)');
    await t.event({ type: 'app_home_opened', user: 'U2', tab: 'home' });
    await t.app.idle();
    expect(blocksText(lastHome(t, 'U2'))).toContain(
      '*LinkedIn* @acme · Weekly · last post week 50 (7–13 Dec)',
    );
  });

  it('speaks Finnish: the window, the check-in and the digest', async () => {
    await t.reply('language fi');
    await t.reply('assign channels <@UFI>');
    const parent = await openWindow('channels', 'UFI');
    expect(blocksText(parent)).toContain('*Kanavarekisteri*: jokainen tili omana rivinään');
    const shown = await addChannel(parent, {
      service: 'Instagram',
      handle: '@acme',
      owner: 'UFI',
      cadence: 'biweekly',
    });
    expect(blocksText(shown)).toContain('Joka toinen viikko · <@UFI> · julkaisuja ei ole vielä vahvistettu');
    const { payload } = await t.command('checkin', { user: 'UFI' });
    const checkin = (await t.standIn.waitFor('views.open', (a) => a.trigger_id === payload.trigger_id))
      .result!.view;
    expect(blocksText(checkin)).toContain('*Sinun tilisi*: julkaistiinko niillä tällä jaksolla?');
    expect(blocksText(checkin)).toContain('Kyllä, julkaistiin');
    t.clock.set('2026-12-14T07:00:00Z');
    const mark = t.standIn.calls.length;
    await t.app.scheduler.tick();
    await t.app.scheduler.tick();
    const digest = t.standIn.calls
      .slice(mark)
      .find((c) => c.method === 'chat.postMessage' && c.args.channel === 'C1' && c.args.blocks);
    expect(JSON.stringify(digest?.args.blocks)).toContain(
      '• *Instagram* @acme – <@UFI> · joka toinen viikko · julkaisuja ei ole vielä vahvistettu',
    );
  });
});

describe('Block Kit limits with every field at its maximum length', () => {
  it('the phase windows, the entry windows, the check-in, App Home and the digest', async () => {
    const s = await strategy();
    const long = (n: number, c = 'å') => `<!here>${c.repeat(n - 7)}`;
    const metricIds: string[] = [];
    for (let i = 0; i < 12; i++) {
      const added = await addMetric(deps, {
        strategy: s,
        actor: admin,
        metric: {
          name: `${i}${'m'.repeat(59)}`,
          unit: 'u'.repeat(20),
          baseline: 1,
          target: 2,
          targetDate: '2027-06-30',
          ownerId: 'U2',
          direction: 'up',
          cadence: 'weekly',
        },
      });
      if (added.kind === 'created') metricIds.push(added.metric.id);
    }
    for (const phase of ['listening', 'content', 'presence', 'measurement', 'organisation'] as const) {
      const values = Object.fromEntries(PHASE_FIELDS[phase].map((f) => [f, long(fieldMaxLength(f))]));
      expect((await savePhaseFields(deps, { strategy: s, key: phase, actor: admin, values })).kind).toBe(
        'updated',
      );
    }
    for (let i = 0; i < MAX_GOALS; i++)
      await saveItem(deps, {
        strategy: s,
        actor: admin,
        item: { kind: 'goal', text: long(GOAL_TEXT_MAX), metricIds },
      });
    for (let i = 0; i < MAX_CHANNELS; i++)
      await saveItem(deps, {
        strategy: s,
        actor: admin,
        item: {
          kind: 'channel',
          service: long(CHANNEL_TEXT_MAX.service),
          handle: long(CHANNEL_TEXT_MAX.handle),
          audience: long(CHANNEL_TEXT_MAX.audience),
          purpose: long(CHANNEL_TEXT_MAX.purpose),
          cadence: 'biweekly',
          ownerId: 'U2',
        },
      });
    for (let i = 0; i < MAX_ACTIONS; i++)
      await saveItem(deps, {
        strategy: s,
        actor: admin,
        item: { kind: 'action', what: long(ACTION_WHAT_MAX), ownerId: 'U2', due: '2026-11-27', done: false },
      });
    const tooMany = await saveItem(deps, {
      strategy: s,
      actor: admin,
      item: { kind: 'action', what: 'one more', ownerId: null, due: null, done: false },
    });
    expect(tooMany).toEqual({ kind: 'too_many', max: MAX_ACTIONS });

    for (const phase of [
      'listening',
      'goals',
      'content',
      'presence',
      'channels',
      'measurement',
      'organisation',
      'action_plan',
    ]) {
      for (const user of ['U1', 'UADMIN']) {
        const view = await openWindow(phase, user);
        expect(checkView(view), phase).toEqual([]);
        expect(mrkdwnOf(view.blocks).join('\n')).not.toContain('<!here>');
      }
    }
    const goals = await openWindow('goals');
    const editButton = (goals.blocks as Json[]).find((b) => b.accessory?.action_id === CONTENT_IDS.editItem)!;
    const goalView = await pushEntry(goals, JSON.parse(editButton.accessory.value));
    expect(checkView(goalView)).toEqual([]);
    const channels = await openWindow('channels');
    const channelEdit = (channels.blocks as Json[]).find(
      (b) => b.accessory?.action_id === CONTENT_IDS.editItem,
    )!;
    expect(checkView(await pushEntry(channels, JSON.parse(channelEdit.accessory.value)))).toEqual([]);

    const { payload } = await t.command('checkin', { user: 'U2' });
    const checkin = (await t.standIn.waitFor('views.open', (a) => a.trigger_id === payload.trigger_id))
      .result!.view;
    expect(checkView(checkin)).toEqual([]);
    expect(mrkdwnOf(checkin.blocks).join('\n')).not.toContain('<!here>');
    expect(
      (checkin.blocks as Json[]).filter((b) => String(b.block_id).startsWith('channel_posted_')),
    ).toHaveLength(MAX_CHANNELS);

    await t.event({ type: 'app_home_opened', user: 'U2', tab: 'home' });
    await t.app.idle();
    const home = lastHome(t, 'U2');
    expect(checkView(home)).toEqual([]);
    expect(mrkdwnOf(home.blocks).join('\n')).not.toContain('<!here>');
    expect(blocksText(home)).toContain('…and 32 more, not shown here.');

    t.clock.set('2026-12-14T07:00:00Z');
    const mark = t.standIn.calls.length;
    await t.app.scheduler.tick();
    await t.app.scheduler.tick();
    const digest = t.standIn.calls
      .slice(mark)
      .find((c) => c.method === 'chat.postMessage' && c.args.channel === 'C1' && c.args.blocks);
    expect(digest).toBeDefined();
    expect(checkMessage(digest!.args)).toEqual([]);
    expect(mrkdwnOf(digest!.args.blocks).join('\n')).not.toContain('<!here>');
    expect(JSON.stringify(digest!.args.blocks)).toContain('…and 15 more, not shown here.');
  });
});

import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MetricDefinition } from '../../src/domain/metric.js';
import { addMetric } from '../../src/services/metrics.js';
import { listAudit } from '../../src/storage/audit.js';
import { findStrategyByChannel } from '../../src/storage/strategies.js';
import { lastUpload, serviceDeps } from '../plan/support.js';
import { TestClock } from '../support/clock.js';
import { TestApp, textOf, U1, UFI } from '../support/harness.js';
import { sign } from '../support/signing.js';
import { type ApiResponse, api, expectDocumented, expectProblem, tokenIn } from './support.js';

// The HTTP API as a tool uses it, over real HTTP against the real app, in January 2027 in
// Helsinki (UTC+2): a strategy admin makes a token in Slack, a tool reads the metrics and reports
// values, and what it reports shows in status and the digest, marked with the token's label.
// Every answer is checked against the OpenAPI document the app serves. One story, in order.

let t: TestApp;
let token = '';
let otherToken = '';
let visits = '';
let subscribers = '';
let secret = '';

const U2 = { id: 'U2', locale: 'en-US', tz: 'Europe/Helsinki' };
const U3 = { id: 'U3', locale: 'en-US', tz: 'Europe/Helsinki' };

const definition = (name: string, ownerId: string, cadence: 'weekly' | 'monthly'): MetricDefinition => ({
  name,
  unit: cadence === 'weekly' ? 'visits' : '',
  baseline: 1000,
  target: 2000,
  targetDate: '2027-12-31',
  ownerId,
  direction: 'up',
  cadence,
});

async function metricIn(channel: string, admin: string, def: MetricDefinition): Promise<string> {
  const strategy = (await findStrategyByChannel(t.app.db, { teamId: 'T1' }, channel))!;
  const added = await addMetric(serviceDeps(t), {
    strategy,
    actor: { userId: admin, isWorkspaceAdmin: false },
    metric: def,
  });
  if (added.kind !== 'created') throw new Error(added.kind);
  return added.metric.id;
}

/** Every stored value and audit entry: what a refused request must leave as it was. */
async function written(): Promise<string> {
  const db = t.app.db;
  return JSON.stringify({
    checkins: await db.selectFrom('checkins').selectAll().orderBy('id').execute(),
    audit: await db.selectFrom('audit_events').select('id').orderBy('id').execute(),
  });
}

const valuesOf = (metric: string) => `/api/v1/metrics/${encodeURIComponent(metric)}/values`;

async function post(
  metric: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<ApiResponse> {
  const res = await api(t, 'POST', valuesOf(metric), { token, body, headers });
  expectDocumented('POST', valuesOf(metric), res);
  return res;
}

beforeAll(async () => {
  // Thursday 7 January 2027, 12:00 in Helsinki: ISO week 2027-W01.
  t = await TestApp.start({
    clock: new TestClock('2027-01-07T10:00:00Z'),
    users: [U1, UFI, U2, U3],
    api: { requestsPerMinute: 40 },
  });
  await t.reply('start Launch');
  await t.reply('start Elsewhere', { channel: 'C2', user: 'U2' });
  visits = await metricIn('C1', 'U1', definition('Website visits', 'U1', 'weekly'));
  subscribers = await metricIn('C1', 'U1', definition('Newsletter subscribers', 'U3', 'monthly'));
  secret = await metricIn('C2', 'U2', definition('Secret launch budget', 'U2', 'weekly'));
});
afterAll(async () => {
  await t?.stop();
});

describe('tokens, made in Slack', () => {
  it('an admin gets a token once, in a reply only they see, and the app keeps only its hash', async () => {
    const reply = await t.reply('api token create ga4');
    expect(reply.response_type).toBe('ephemeral');
    expect(textOf(reply)).toContain('shown only this once');
    token = tokenIn(reply);
    const rows = await t.app.db.selectFrom('api_tokens').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.label).toBe('ga4');
    expect(JSON.stringify(rows)).not.toContain(token.slice(-43));
    // The token went nowhere but that reply.
    const carrying = t.standIn.calls.filter((c) => JSON.stringify(c.args).includes(token));
    // The reply itself, in the ack or to the response URL (whichever it was ready for).
    expect(carrying.map((c) => c.args.response_type)).toEqual(['ephemeral']);
    expect(['command_ack', 'response_url']).toContain(carrying[0]!.method);
    const audit = await listAudit(t.app.db, { teamId: 'T1' }, rows[0]!.strategy_id);
    expect(audit.find((a) => a.action === 'api_token.created')?.after).toEqual({ label: 'ga4' });
  });

  it('refuses anyone but an admin, in their own language, and a label already in use', async () => {
    expect(textOf(await t.reply('api token create mine', { user: 'U3' }))).toContain(
      "Only the strategy's admins (<@U1>) and workspace admins can manage its API tokens.",
    );
    expect(textOf(await t.reply('api token create oma', { user: 'UFI' }))).toContain(
      'Vain strategian ylläpitäjät (<@U1>) ja työtilan ylläpitäjät voivat hallita sen API-avaimia.',
    );
    expect(textOf(await t.reply('api token create ga4'))).toContain('already has a token labelled *ga4*');
    expect(textOf(await t.reply('api token create'))).toContain('label of at most 40 characters');
    expect(await t.app.db.selectFrom('api_tokens').select('label').execute()).toEqual([{ label: 'ga4' }]);
  });

  it('lists the tokens by label, never the token', async () => {
    const list = textOf(await t.reply('api token list'));
    expect(list).toContain('*1 API token* for this strategy');
    expect(list).toContain('*ga4*: made by <@U1> on');
    expect(list).not.toContain(token);
    otherToken = tokenIn(await t.reply('api token create sheets', { channel: 'C2', user: 'U2' }));
  });
});

describe('reading and reporting', () => {
  it('lists the strategy’s metrics with their latest values', async () => {
    const res = await api(t, 'GET', '/api/v1/metrics', { token });
    expect(res.status).toBe(200);
    expectDocumented('GET', '/api/v1/metrics', res);
    const listed = res.json.metrics.map((m: { name: string; latest: unknown }) => [m.name, m.latest]);
    expect(listed.sort()).toEqual([
      ['Newsletter subscribers', null],
      ['Website visits', null],
    ]);
  });

  it('stores a value for the current week in Helsinki, and a later one for the same week replaces it', async () => {
    const first = await post(visits, { value: 1250, comment: 'Campaign week' });
    expect(first.status).toBe(201);
    expect(first.json.value).toMatchObject({
      period: '2027-W01',
      value: 1250,
      comment: 'Campaign week',
      source: { kind: 'api', label: 'ga4' },
    });
    expect(first.json.replaced).toBeNull();
    // Named, not by id: case and diacritics aside.
    const second = await post('WEBSITE VISITS', { value: 1300 });
    expect(second.status).toBe(200);
    expect(second.json.value).toMatchObject({ period: '2027-W01', value: 1300, comment: null });
    expect(second.json.replaced).toMatchObject({ value: 1250, comment: 'Campaign week' });
    const rows = await t.app.db.selectFrom('checkins').selectAll().where('metric_id', '=', visits).execute();
    expect(rows.map((r) => [r.period, Number(r.value), r.source, r.source_label, r.reported_by])).toEqual([
      ['2027-W01', 1300, 'api', 'ga4', 'U1'],
    ]);
  });

  it('audits every value with the token’s label, and what it replaced', async () => {
    const strategy = (await findStrategyByChannel(t.app.db, { teamId: 'T1' }, 'C1'))!;
    const audit = await listAudit(t.app.db, { teamId: 'T1' }, strategy.id);
    const replaced = audit.find((a) => a.action === 'checkin.replaced');
    expect(replaced?.before).toMatchObject({ period: '2027-W01', value: 1250 });
    expect(replaced?.after).toEqual({ period: '2027-W01', value: 1300, source: 'api', sourceLabel: 'ga4' });
  });

  it('takes a day or a period and places it in the strategy’s time zone', async () => {
    // Sunday 3 January 2027 is in ISO week 53 of 2026.
    const byDate = await post(visits, { value: 1100, date: '2027-01-03' });
    expect([byDate.status, byDate.json.value.period]).toEqual([201, '2026-W53']);
    const monthly = await post(subscribers, { value: 420, period: '2026-12' });
    expect([monthly.status, monthly.json.value.period]).toEqual([201, '2026-12']);
    const both = await post(subscribers, { value: 430, period: '2026-12', date: '2026-12-31' });
    expect([both.status, both.json.value.period]).toEqual([200, '2026-12']);
    // Monday 00:30 in Helsinki is still Sunday in UTC: the new week has begun here.
    t.clock.set('2027-01-10T22:30:00Z');
    const monday = await post(visits, { value: 1400 });
    expect([monday.status, monday.json.value.period]).toEqual([201, '2027-W02']);
    const history = await api(t, 'GET', valuesOf(visits), { token });
    expectDocumented('GET', valuesOf(visits), history);
    expect(history.json.values.map((v: { period: string; value: number }) => [v.period, v.value])).toEqual([
      ['2026-W53', 1100],
      ['2027-W01', 1300],
      ['2027-W02', 1400],
    ]);
    t.clock.set('2027-01-07T10:00:00Z');
  });

  it('refuses what breaks the rules with a problem naming the field, and writes nothing', async () => {
    const before = await written();
    const cases: [unknown, number, string][] = [
      [{ value: 'abc' }, 400, '/value'],
      [{}, 400, '/value'],
      [{ value: 1, colour: 'red' }, 400, '/colour'],
      [[1, 2], 400, ''],
      [{ value: 1, comment: 42 }, 400, '/comment'],
      [{ value: 1, confidence: 'great' }, 400, '/confidence'],
      [{ value: 1, period: '2027-01' }, 422, '/period'],
      [{ value: 1, period: '2027-W53' }, 422, '/period'],
      [{ value: 1, period: '2027-W09' }, 422, '/period'],
      [{ value: 1, date: '2027-02-30' }, 422, '/date'],
      [{ value: 1, date: '2027-01-08' }, 422, '/date'],
      [{ value: 1, period: '2027-W01', date: '2027-01-03' }, 422, '/date'],
      [{ value: 1, comment: 'x'.repeat(501) }, 422, '/comment'],
    ];
    for (const [body, status, field] of cases)
      expectProblem('POST', valuesOf(visits), await post(visits, body), status, field);
    const notJson = await api(t, 'POST', valuesOf(visits), { token, raw: '{"value": 1' });
    expectProblem('POST', valuesOf(visits), notJson, 400, '');
    const text = await api(t, 'POST', valuesOf(visits), {
      token,
      raw: 'value=1',
      headers: { 'content-type': 'text/plain' },
    });
    expectProblem('POST', valuesOf(visits), text, 415);
    const typo = await api(t, 'POST', valuesOf('Website visit'), { token, body: { value: 1 } });
    expectProblem('POST', valuesOf('Website visit'), typo, 404);
    expect(typo.json.detail).toContain('Did you mean "Website visits"?');
    expect(await written()).toBe(before);
  });

  it('answers an unknown path or method with a problem too', async () => {
    const missing = await api(t, 'GET', '/api/v1/nothing', { token });
    expect([missing.status, missing.headers['content-type']]).toEqual([
      404,
      'application/problem+json; charset=utf-8',
    ]);
    const method = await api(t, 'DELETE', '/api/v1/metrics', { token });
    expect([method.status, method.headers.allow]).toEqual([405, 'GET']);
  });

  it('gives the strategy: phases, readiness verdict and schedule state', async () => {
    const res = await api(t, 'GET', '/api/v1/strategy', { token });
    expectDocumented('GET', '/api/v1/strategy', res);
    expect(res.json).toMatchObject({ name: 'Launch', timeZone: 'Europe/Helsinki', readiness: null });
    expect(res.json.phases).toHaveLength(8);
    expect(res.json.schedule.paused).toBe(false);
    await t.reply('pause');
    const paused = await api(t, 'GET', '/api/v1/strategy', { token });
    expectDocumented('GET', '/api/v1/strategy', paused);
    expect(paused.json.schedule.paused).toBe(true);
    await t.reply('resume');
  });

  it('serves its OpenAPI 3.1 document without a token', async () => {
    const res = await api(t, 'GET', '/api/v1/openapi.json');
    expect([res.status, res.json.openapi]).toEqual([200, '3.1.0']);
    expect(Object.keys(res.json.paths)).toEqual(
      expect.arrayContaining(['/metrics', '/metrics/{metric}/values', '/strategy']),
    );
  });
});

describe('who gets in', () => {
  const unauthenticated = async (headers: Record<string, string>, bearer?: string) => {
    const res = await api(t, 'GET', '/api/v1/metrics', { headers, ...(bearer ? { token: bearer } : {}) });
    expectProblem('GET', '/api/v1/metrics', res, 401);
    expect(res.headers['www-authenticate']).toMatch(/^Bearer realm="smstrategy"/);
    return res.text;
  };

  it('refuses no token, a wrong one and a Slack signature alike, telling nothing', async () => {
    const none = await unauthenticated({});
    const wrong = await unauthenticated({}, `smst_T1_${randomBytes(32).toString('base64url')}`);
    const garbage = await unauthenticated({}, 'hunter2');
    const ts = Math.floor(Date.now() / 1000);
    const slack = await unauthenticated({
      'x-slack-request-timestamp': String(ts),
      'x-slack-signature': sign('', ts),
    });
    expect(new Set([none, wrong, garbage, slack]).size).toBe(1);
    expect(none).not.toMatch(/Launch|Website|T1|C1/);
  });

  it('never opens Slack’s endpoint with a token', async () => {
    const before = await written();
    const form = new URLSearchParams(t.commandPayload('api token create sneaky')).toString();
    const res = await api(t, 'POST', '/slack/events', {
      token,
      raw: form,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(401);
    await t.app.idle();
    expect(
      await t.app.db.selectFrom('api_tokens').select('label').where('label', '=', 'sneaky').execute(),
    ).toEqual([]);
    expect(await written()).toBe(before);
  });

  it('keeps another strategy’s token to its own strategy: its metrics are not found, by id or by name', async () => {
    const before = await written();
    const own = await api(t, 'GET', '/api/v1/metrics', { token: otherToken });
    expect(own.json.metrics.map((m: { name: string }) => m.name)).toEqual(['Secret launch budget']);
    const byId = await api(t, 'GET', valuesOf(visits), { token: otherToken });
    const unknownId = await api(t, 'GET', valuesOf(randomUUID()), { token: otherToken });
    expectProblem('GET', valuesOf(visits), byId, 404);
    expect(byId.json.title).toBe(unknownId.json.title);
    const byName = await api(t, 'POST', valuesOf('Website visits'), {
      token: otherToken,
      body: { value: 9 },
    });
    expectProblem('POST', valuesOf('Website visits'), byName, 404);
    for (const res of [byId, byName]) expect(res.text).not.toMatch(/1300|Newsletter|Launch|Did you mean/);
    // And the other way round.
    const theirs = await api(t, 'POST', valuesOf(secret), { token, body: { value: 9 } });
    expectProblem('POST', valuesOf(secret), theirs, 404);
    expect(await written()).toBe(before);
  });

  it('opens nothing with a revoked token, and refuses a token of an archived strategy', async () => {
    const old = tokenIn(await t.reply('api token create old'));
    expect((await api(t, 'GET', '/api/v1/metrics', { token: old })).status).toBe(200);
    expect(textOf(await t.reply('api token revoke old'))).toContain('The token *old* is revoked');
    const revoked = await unauthenticated({}, old);
    const wrong = await unauthenticated({}, `smst_T1_${randomBytes(32).toString('base64url')}`);
    expect(revoked).toBe(wrong);
    expect(textOf(await t.reply('api token revoke old'))).toContain('no token labelled *old*');
    await t.app.db
      .updateTable('strategies')
      .set({ state: 'archived' })
      .where('channel_id', '=', 'C2')
      .execute();
    const archived = await api(t, 'GET', '/api/v1/metrics', { token: otherToken });
    expectProblem('GET', '/api/v1/metrics', archived, 403);
  });
});

describe('protocol', () => {
  it('answers a request sent again with the same Idempotency-Key as the first time, and writes once', async () => {
    const key = { 'idempotency-key': `sync-${randomUUID()}` };
    const first = await post(subscribers, { value: 510, comment: 'From the newsletter tool' }, key);
    expect(first.status).toBe(201);
    const before = await written();
    const again = await post(subscribers, { value: 510, comment: 'From the newsletter tool' }, key);
    expect([again.status, again.text]).toEqual([first.status, first.text]);
    expect(await written()).toBe(before);
    const other = await post(subscribers, { value: 999 }, key);
    expectProblem('POST', valuesOf(subscribers), other, 422);
    expectProblem(
      'POST',
      valuesOf(subscribers),
      await post(subscribers, { value: 1 }, { 'idempotency-key': 'has space' }),
      400,
    );
    expect(await written()).toBe(before);
  });

  it('refuses a 1 MB body with 413 before reading it, and writes nothing', async () => {
    const before = await written();
    const huge = `{"value": 1, "comment": "${'x'.repeat(1024 * 1024)}"}`;
    const res = await api(t, 'POST', valuesOf(visits), { token, raw: huge });
    expectProblem('POST', valuesOf(visits), res, 413);
    expect(await written()).toBe(before);
  });

  it('holds each token to its rate, with 429 and Retry-After, and lets it go on a minute later', async () => {
    const burst = tokenIn(await t.reply('api token create burst'));
    for (let i = 0; i < 40; i += 1)
      expect((await api(t, 'GET', '/api/v1/strategy', { token: burst })).status).toBe(200);
    const limited = await api(t, 'GET', '/api/v1/strategy', { token: burst });
    expectProblem('GET', '/api/v1/strategy', limited, 429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    // Another token is not held back by this one.
    expect((await api(t, 'GET', '/api/v1/metrics', { token })).status).toBe(200);
    t.clock.advance(60_000);
    expect((await api(t, 'GET', '/api/v1/strategy', { token: burst })).status).toBe(200);
  });
});

describe('where the values show', () => {
  it('the plan marks the latest value that came through the API', async () => {
    await t.reply('plan');
    await t.app.idle();
    // The measurement plan's table: the latest figure's cell carries the mark.
    expect(lastUpload(t).text).toMatch(/\| 1,400 visits, [^|\n]*· via API · ga4 \|/);
  });

  it('status and the digest mark a value that came through the API with the token’s label', async () => {
    const status = textOf(await t.reply('status'));
    expect(status).toContain('via API · ga4');
    const fi = textOf(await t.reply('status', { user: 'UFI' }));
    expect(fi).toContain('API:n kautta · ga4');
    // Monday 11 January 2027, 09:00 in Helsinki: the weekly digest.
    t.clock.set('2027-01-11T07:00:00Z');
    const mark = t.standIn.calls.length;
    await t.app.scheduler.tick();
    await t.app.idle();
    const digest = t.standIn.calls
      .slice(mark)
      .filter((c) => c.method === 'chat.postMessage' && c.args.channel === 'C1')
      .map((c) => textOf(c.args))
      .join('\n');
    expect(digest).toContain('via API · ga4');
  });
});

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMetric } from '../../src/services/metrics.js';
import { findStrategyByChannel } from '../../src/storage/strategies.js';
import { serviceDeps } from '../plan/support.js';
import { TestClock } from '../support/clock.js';
import { TestApp, U1 } from '../support/harness.js';
import { api, expectDocumented, tokenIn } from './support.js';

// Whatever JSON a client sends as a value, the API answers it without failing, as its document
// says, and either stores exactly the one value it answers with or stores nothing at all.

let t: TestApp;
let token = '';
let metricId = '';
const path = () => `/api/v1/metrics/${metricId}/values`;

beforeAll(async () => {
  // Thursday 7 January 2027 in Helsinki: ISO week 2027-W01.
  t = await TestApp.start({
    clock: new TestClock('2027-01-07T10:00:00Z'),
    users: [U1],
    api: { requestsPerMinute: 1_000_000 },
  });
  await t.reply('start Properties');
  token = tokenIn(await t.reply('api token create fuzz'));
  const strategy = (await findStrategyByChannel(t.app.db, { teamId: 'T1' }, 'C1'))!;
  const added = await addMetric(serviceDeps(t), {
    strategy,
    actor: { userId: 'U1', isWorkspaceAdmin: false },
    metric: {
      name: 'Reach',
      unit: '',
      baseline: 0,
      target: 100,
      targetDate: '2027-12-31',
      ownerId: 'U1',
      direction: 'up',
      cadence: 'weekly',
    },
  });
  if (added.kind !== 'created') throw new Error(added.kind);
  metricId = added.metric.id;
});
afterAll(async () => {
  await t?.stop();
});

const nearPeriod = fc.constantFrom(
  '2027-W01',
  '2026-W53',
  '2026-W52',
  '2027-W02',
  '2027-01',
  '2027-W00',
  '1999-W10',
);
const nearDate = fc.constantFrom('2027-01-07', '2027-01-03', '2027-01-08', '2027-02-29', '2026-12-31');
const text = fc.string({ unit: 'binary', maxLength: 600 });

/** Bodies of every shape: any JSON at all, and objects close to a valid value in every field. */
const body = fc.oneof(
  fc.jsonValue(),
  fc.record(
    {
      value: fc.oneof(fc.double(), fc.integer(), fc.jsonValue()),
      period: fc.oneof(nearPeriod, text, fc.jsonValue()),
      date: fc.oneof(nearDate, text, fc.jsonValue()),
      comment: fc.oneof(text, fc.constant(null), fc.jsonValue()),
      confidence: fc.oneof(fc.constantFrom('on_track', 'at_risk', 'off_track', null), fc.jsonValue()),
      extra: fc.jsonValue(),
    },
    { requiredKeys: [] },
  ),
  fc.record({ value: fc.double({ noNaN: true, noDefaultInfinity: true }), period: nearPeriod }),
);

async function stored() {
  const db = t.app.db;
  const checkins = await db.selectFrom('checkins').selectAll().orderBy('period').execute();
  const audit = await db.selectFrom('audit_events').select('id').execute();
  return { checkins, audit: audit.length };
}

describe('arbitrary JSON bodies (property-based)', () => {
  it('never fail the app, and store all of one value or nothing', async () => {
    const seen = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(body, async (sent) => {
        const before = await stored();
        const res = await api(t, 'POST', path(), { token, raw: JSON.stringify(sent) ?? 'null' });
        seen.set(res.status, (seen.get(res.status) ?? 0) + 1);
        expect([200, 201, 400, 422], res.text).toContain(res.status);
        expectDocumented('POST', path(), res);
        const after = await stored();
        if (res.status >= 400) {
          expect(after).toEqual(before);
          return;
        }
        // Only the answered period changed, to exactly what the answer says.
        const { period, value } = res.json.value;
        const others = (rows: typeof before.checkins) => rows.filter((r) => r.period !== period);
        expect(others(after.checkins)).toEqual(others(before.checkins));
        const row = after.checkins.find((r) => r.period === period);
        expect(Number(row?.value)).toBe(value);
        expect(row?.source_label).toBe('fuzz');
        expect(after.audit - before.audit).toBeLessThanOrEqual(1);
      }),
      { numRuns: 150 },
    );
    // The bodies reached both outcomes, so both halves of the property were put to the test.
    expect((seen.get(200) ?? 0) + (seen.get(201) ?? 0)).toBeGreaterThan(0);
    expect((seen.get(400) ?? 0) + (seen.get(422) ?? 0)).toBeGreaterThan(0);
    expect(t.logs.filter((l) => l.includes('API request failed'))).toEqual([]);
  }, 120_000);
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDatabaseTarget } from '../../src/config.js';
import { ASSESSMENT_STEPS } from '../../src/domain/readiness.js';
import { type Db, migrateToLatest, openDatabase } from '../../src/storage/db.js';
import { ASSESSMENT_IDS, METRIC_IDS, SCHEDULE_IDS } from '../../src/views/ids.js';
import { freshDatabase, textOf } from '../support/harness.js';
import { PROCESS_TEST_MS } from '../support/process.js';
import { type Json, SlackStandIn } from '../support/slack-stand-in.js';
import { optionOf, valuesAsOpened } from '../support/view-values.js';
import { RemoteApp } from './support/remote-app.js';

// Two app processes (src/main.ts) on one database, each sent one of two changes to the same item
// at the same moment, round after round: a phase's owner and its due date (two commands), two
// fields of a metric (two edit modals opened on the same values), the digest and the check-in
// times of a schedule (two schedule modals), two steps of one person's readiness draft (two
// windows). After every round both changes must be there, and
// at the end each field's audit trail must lead, change by change, from where it started to
// where it is: every `before` what was really there, the last `after` what is there now.
//
// SQLite with `npm run test:reliability` (100 rounds); PostgreSQL, one schema shared by both
// processes, a few rounds whenever TEST_DATABASE_URL is set (`npm run test:pg`). The default run
// leaves it to those two: two app processes are most of a minute's CPU on a small machine.

const wanted = Boolean(process.env.TEST_DATABASE_URL || process.env.SMSTRATEGY_RELIABILITY);
const ROUNDS = process.env.SMSTRATEGY_RELIABILITY ? 100 : 5;
const database = process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'SQLite';

const summary: string[] = [];
afterAll(() => {
  for (const line of summary) console.log(line);
});

const TIMES = Array.from(
  { length: 48 },
  (_, i) => `${String(Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
);
/**
 * A weekday and time unique to round `i`, and never the default slot the schedule starts from
 * (Monday 09:00 digest, Friday 10:00 check-in): distinct values make each change traceable in
 * the audit trail.
 */
const slot = (i: number, firstDay: number) => ({
  weekday: 1 + ((firstDay - 1 + Math.floor(i / 48)) % 7),
  time: TIMES[i % 48]!,
});
/** Whether a submission's answer says it was saved: the modal closed, or updated to "Saved." later. */
const saved = (answer: Json) =>
  Object.keys(answer).length === 0 || (answer.later !== undefined && textOf(answer.later).includes('Saved.'));
/** One readiness step answered, every answer tagged so that the round and window show. */
function stepValues(step: number, tag: string): Json {
  const values: Json = {};
  for (const key of ASSESSMENT_STEPS[step]!) {
    values[ASSESSMENT_IDS.answerBlock(key)] = {
      [ASSESSMENT_IDS.answerAction]: { type: 'plain_text_input', value: `${tag} ${key}` },
    };
    values[ASSESSMENT_IDS.ratingBlock(key)] = {
      [ASSESSMENT_IDS.ratingAction]: { type: 'radio_buttons', selected_option: { value: 'partial' } },
    };
  }
  return values;
}

const dueDate = (i: number) => new Date(Date.UTC(2090, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);

interface AuditRow {
  subject: string | null;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

async function auditOf(db: Db, action: string): Promise<AuditRow[]> {
  const rows = await db
    .selectFrom('audit_events')
    .select(['subject', 'action', 'before_json', 'after_json'])
    .where('action', '=', action)
    .execute();
  return rows.map((r) => ({
    subject: r.subject,
    action: r.action,
    before: r.before_json ? JSON.parse(r.before_json) : null,
    after: r.after_json ? JSON.parse(r.after_json) : null,
  }));
}

/**
 * Whether the recorded changes of one field form a single unbroken chain from `initial` to
 * `final`: each change starts where the one before it ended, none is left over.
 */
function chainProblems(
  changes: { before: unknown; after: unknown }[],
  initial: unknown,
  final: unknown,
): string | undefined {
  const key = (v: unknown) => JSON.stringify(v ?? null);
  const next = new Map<string, string[]>();
  for (const c of changes) {
    const from = key(c.before);
    next.set(from, [...(next.get(from) ?? []), key(c.after)]);
  }
  let at = key(initial);
  let used = 0;
  for (;;) {
    const outs = next.get(at);
    if (!outs || outs.length === 0) break;
    if (outs.length > 1) return `two changes start from ${at}: ${outs.join(', ')}`;
    next.delete(at);
    at = outs[0]!;
    used += 1;
  }
  if (used !== changes.length) return `${changes.length - used} changes do not follow from the one before`;
  if (at !== key(final)) return `the trail ends at ${at}, the row holds ${key(final)}`;
  return undefined;
}

describe.runIf(wanted)(`concurrent changes from two processes on ${database}`, () => {
  it(
    `${ROUNDS} rounds of two changes to one phase, one metric, one schedule and one readiness draft: none lost, the audit trail matches`,
    async () => {
      const fresh = await freshDatabase();
      const target = loadDatabaseTarget({ DATABASE_URL: fresh.url });
      const db = openDatabase(target);
      // Migrated once here: the two processes then start on the same schema at once.
      await migrateToLatest(db);
      const standIn = await SlackStandIn.start();
      const cwd = mkdtempSync(join(tmpdir(), 'smstrategy-concurrent-'));
      const apps: RemoteApp[] = [];
      try {
        apps.push(...(await Promise.all([0, 1].map(() => RemoteApp.start(fresh.url, standIn, cwd)))));
        const [a, b] = apps as [RemoteApp, RemoteApp];
        expect((await a.reply('start Launch')).text).toContain('Launch');
        const addView = await a.openView('metric add');
        const added = await a.submit(
          addView,
          valuesAsOpened(addView, {
            [METRIC_IDS.blocks.name]: { value: 'Followers' },
            [METRIC_IDS.blocks.unit]: { value: 'people' },
            [METRIC_IDS.blocks.baseline]: { value: '100' },
            [METRIC_IDS.blocks.target]: { value: '200' },
            [METRIC_IDS.blocks.targetDate]: { selected_date: '2090-12-31' },
          }),
        );
        expect(saved(added)).toBe(true);
        const metric = await db.selectFrom('metrics').selectAll().executeTakeFirstOrThrow();
        const phaseRow = () =>
          db.selectFrom('phases').selectAll().where('key', '=', 'goals').executeTakeFirstOrThrow();
        const metricRow = () => db.selectFrom('metrics').selectAll().executeTakeFirstOrThrow();
        const draftRow = () => db.selectFrom('assessment_drafts').selectAll().executeTakeFirstOrThrow();
        const scheduleOf = (kind: 'digest' | 'checkin_prompt') =>
          db.selectFrom('schedules').selectAll().where('kind', '=', kind).executeTakeFirstOrThrow();
        const initial = {
          owner: (await phaseRow()).owner_id,
          due: (await phaseRow()).due_date,
          digest: await scheduleOf('digest'),
          checkin: await scheduleOf('checkin_prompt'),
        };

        const lost: string[] = [];
        for (let i = 0; i < ROUNDS; i += 1) {
          const owner = `U${100 + i}`;
          const [assigned, dated] = await Promise.all([
            a.reply(`assign 2 <@${owner}>`),
            b.reply(`due 2 ${dueDate(i)}`),
          ]);
          expect(assigned.text, `round ${i}`).toContain(`<@${owner}>`);
          expect(dated.text, `round ${i}`).toContain(dueDate(i));
          const phase = await phaseRow();
          if (phase.owner_id !== owner) lost.push(`round ${i}: phase owner ${phase.owner_id}, not ${owner}`);
          if (phase.due_date !== dueDate(i))
            lost.push(`round ${i}: due date ${phase.due_date}, not ${dueDate(i)}`);

          // Two people open the metric's edit modal, then save different fields at the same moment.
          const [viewA, viewB] = await Promise.all([
            a.openView('metric edit Followers'),
            b.openView('metric edit Followers'),
          ]);
          const newTarget = 1000 + i;
          const newUnit = `u${i}`;
          const [savedA, savedB] = await Promise.all([
            a.submit(
              viewA,
              valuesAsOpened(viewA, { [METRIC_IDS.blocks.target]: { value: String(newTarget) } }),
            ),
            b.submit(viewB, valuesAsOpened(viewB, { [METRIC_IDS.blocks.unit]: { value: newUnit } })),
          ]);
          expect([savedA, savedB].map(saved), `round ${i}`).toEqual([true, true]);
          const m = await metricRow();
          if (m.target !== newTarget) lost.push(`round ${i}: metric target ${m.target}, not ${newTarget}`);
          if (m.unit !== newUnit) lost.push(`round ${i}: metric unit ${m.unit}, not ${newUnit}`);

          // Two admins open the schedule, one moves the digest, the other the check-in prompt.
          const [schedA, schedB] = await Promise.all([a.openView('schedule'), b.openView('schedule')]);
          const digest = slot(i, 2); // Tuesday to Thursday
          const checkin = slot(i, 6); // Saturday, Sunday, Monday
          const [movedA, movedB] = await Promise.all([
            a.submit(
              schedA,
              valuesAsOpened(schedA, {
                [SCHEDULE_IDS.digestDayBlock]: optionOf(
                  schedA,
                  SCHEDULE_IDS.digestDayBlock,
                  String(digest.weekday),
                ),
                [SCHEDULE_IDS.digestTimeBlock]: { selected_time: digest.time },
              }),
            ),
            b.submit(
              schedB,
              valuesAsOpened(schedB, {
                [SCHEDULE_IDS.checkinDayBlock]: optionOf(
                  schedB,
                  SCHEDULE_IDS.checkinDayBlock,
                  String(checkin.weekday),
                ),
                [SCHEDULE_IDS.checkinTimeBlock]: { selected_time: checkin.time },
              }),
            ),
          ]);
          expect([movedA, movedB].map(saved), `round ${i}`).toEqual([true, true]);
          const d = await scheduleOf('digest');
          const c = await scheduleOf('checkin_prompt');
          if (d.weekday !== digest.weekday || d.local_time !== digest.time)
            lost.push(
              `round ${i}: digest ${d.weekday} ${d.local_time}, not ${digest.weekday} ${digest.time}`,
            );
          if (c.weekday !== checkin.weekday || c.local_time !== checkin.time)
            lost.push(
              `round ${i}: check-in ${c.weekday} ${c.local_time}, not ${checkin.weekday} ${checkin.time}`,
            );

          // One admin in two windows of the readiness analysis: the first window saves step 2 while
          // the second, opened meanwhile, saves step 1 again. The draft must keep both steps.
          const first = await a.openView('assess');
          const second = await a.submit(first, stepValues(0, `r${i}a`));
          const again = await b.openView('assess');
          const [nextA, nextB] = await Promise.all([
            // Slack keeps the modal's id when a view replaces it, and gives the new version a hash.
            a.submit({ ...second.view, id: first.id, hash: `${first.hash}.2` }, stepValues(1, `r${i}b`)),
            b.submit(again, stepValues(0, `r${i}c`)),
          ]);
          expect([nextA.response_action, nextB.response_action], `round ${i}`).toEqual(['update', 'update']);
          const answers = JSON.parse((await draftRow()).answers_json);
          for (const [key, tag] of [
            ...ASSESSMENT_STEPS[0]!.map((k) => [k, 'c']),
            ...ASSESSMENT_STEPS[1]!.map((k) => [k, 'b']),
          ])
            if (answers[key!]?.text !== `r${i}${tag} ${key}`)
              lost.push(
                `round ${i}: readiness draft ${key} "${answers[key!]?.text}", not "r${i}${tag} ${key}"`,
              );
        }

        // The audit trail, field by field, against what the rows hold now.
        const phase = await phaseRow();
        const m = await metricRow();
        const phaseChanges = (await auditOf(db, 'phase.updated')).filter((r) => r.subject === 'goals');
        const metricChanges = (await auditOf(db, 'metric.updated')).filter((r) => r.subject === metric.id);
        const scheduleChanges = await auditOf(db, 'schedule.updated');
        const draftChanges = await auditOf(db, 'assessment.draft_saved');
        const field = (rows: AuditRow[], name: string, pick = (v: unknown) => v) =>
          rows
            .filter(
              (r) =>
                r.after &&
                name in r.after &&
                JSON.stringify(r.before?.[name]) !== JSON.stringify(r.after[name]),
            )
            .map((r) => ({ before: pick(r.before?.[name]), after: pick(r.after![name]) }));
        const slotOf = (v: unknown) => {
          const s = v as { weekday: number; localTime: string } | undefined;
          return s && `${s.weekday} ${s.localTime}`;
        };
        const trails: Record<string, string | undefined> = {
          'phase owner': chainProblems(field(phaseChanges, 'ownerId'), initial.owner, phase.owner_id),
          'phase due date': chainProblems(field(phaseChanges, 'dueDate'), initial.due, phase.due_date),
          'metric target': chainProblems(field(metricChanges, 'target'), metric.target, m.target),
          'metric unit': chainProblems(field(metricChanges, 'unit'), metric.unit, m.unit),
          'digest slot': chainProblems(
            field(scheduleChanges, 'digest', slotOf),
            `${initial.digest.weekday} ${initial.digest.local_time}`,
            `${(await scheduleOf('digest')).weekday} ${(await scheduleOf('digest')).local_time}`,
          ),
          'check-in slot': chainProblems(
            field(scheduleChanges, 'checkin', slotOf),
            `${initial.checkin.weekday} ${initial.checkin.local_time}`,
            `${(await scheduleOf('checkin_prompt')).weekday} ${(await scheduleOf('checkin_prompt')).local_time}`,
          ),
        };
        trails['readiness draft'] = chainProblems(
          draftChanges.map((r) => ({ before: r.before, after: r.after })),
          null,
          JSON.parse((await draftRow()).answers_json),
        );
        expect(lost).toEqual([]);
        expect(trails).toEqual(Object.fromEntries(Object.keys(trails).map((k) => [k, undefined])));
        summary.push(
          `reliability: ${ROUNDS} concurrent rounds, 0 lost (${database}, 2 processes; a phase's owner and due date, two fields of a metric, two schedule slots, two steps of a readiness draft: ${ROUNDS * 8} changes; the audit trail matches the final rows)`,
        );
      } catch (error) {
        // What the processes logged at warn and above tells why a request failed.
        for (const app of apps) console.log(app.warnings().slice(-5).join('\n'));
        throw error;
      } finally {
        await Promise.all(apps.map((app) => app.stop()));
        await db.destroy();
        await standIn.stop();
        await fresh.drop();
        rmSync(cwd, { recursive: true, force: true });
      }
    },
    2 * PROCESS_TEST_MS + ROUNDS * 2_000,
  );
});

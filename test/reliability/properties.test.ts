import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/domain/commands.js';
import { QUESTION_KEYS } from '../../src/domain/method.js';
import { ASSESSMENT_STEPS } from '../../src/domain/readiness.js';
import { assessmentMetadata } from '../../src/slack/assessment-state.js';
import { ASSESSMENT_IDS } from '../../src/views/ids.js';
import { TestApp } from '../support/harness.js';
import { type Json, PATIENCE_MS, type RecordedCall } from '../support/slack-stand-in.js';

// Property-based: whatever text follows /smstrategy and whatever the readiness modal submits, the
// app answers 200, tells the user something (a reply, a modal, or an error on a block), logs no
// failure, and writes all or nothing. FC_RUNS scales the number of cases; the reliability suite
// tries more than the quick default run.

const RUNS = Number(process.env.FC_RUNS ?? (process.env.SMSTRATEGY_RELIABILITY ? 300 : 60));
const tried = { commands: 0, submissions: 0 };
const outcomes = { errors: 0, update: 0, saved: 0 };

let t: TestApp;
beforeAll(async () => {
  t = await TestApp.start({
    users: [
      { id: 'U1', locale: 'en-US' },
      { id: 'UFI', locale: 'en-US', chosenLanguage: 'fi' },
      { id: 'U2', locale: 'en-US' },
      { id: 'UADMIN', locale: 'en-US', is_admin: true, chosenLanguage: 'fi' },
    ],
  });
});
afterAll(async () => {
  console.log(
    `reliability: tried ${tried.commands} slash-command texts and ${tried.submissions} readiness modal submissions (${outcomes.update} next steps, ${outcomes.errors} refused with block errors, ${outcomes.saved} saved)`,
  );
  await t?.stop();
});

/** Resolves with the first call that answers the request (recorded already or still to come). */
function answerTo(match: (c: RecordedCall) => boolean, timeoutMs = PATIENCE_MS): Promise<RecordedCall> {
  const seen = t.standIn.calls.find(match);
  if (seen) return Promise.resolve(seen);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error('no answer reached the user'));
    }, timeoutMs);
    const off = t.standIn.onCall((c) => {
      if (!match(c)) return;
      clearTimeout(timer);
      off();
      resolve(c);
    });
  });
}

const failures = () => t.logs.filter((line) => (JSON.parse(line) as { level: number }).level >= 50);

/** Every strategy has its admin and its creation in the audit trail; every revision its audit entry. */
async function expectWholeRows(): Promise<void> {
  const db = t.app.db;
  const strategies = await db.selectFrom('strategies').select('id').execute();
  const admins = await db.selectFrom('strategy_admins').select('strategy_id').execute();
  const audit = await db.selectFrom('audit_events').select(['strategy_id', 'action', 'subject']).execute();
  for (const s of strategies) {
    expect(admins.some((a) => a.strategy_id === s.id)).toBe(true);
    expect(audit.some((a) => a.strategy_id === s.id && a.action === 'strategy.created')).toBe(true);
  }
  const revisions = await db.selectFrom('assessment_revisions').selectAll().execute();
  const revised = audit.filter((a) => a.action === 'assessment.revised');
  expect(revised).toHaveLength(revisions.length);
  for (const r of revisions) {
    // All ten answers or no revision at all.
    expect(Object.keys(JSON.parse(r.answers_json)).sort()).toEqual([...QUESTION_KEYS].sort());
  }
}

const word = fc.oneof(
  fc.constantFrom(...COMMANDS, 'START', 'Státus', 'asess', 'help!', ''),
  fc.string({ maxLength: 12 }),
);
const fragment = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '<@U2>',
    '<@U2|someone>',
    '<#C9|marketing>',
    '<!here>',
    '<!channel>',
    '"Launch 2027"',
    '“quoted”',
    "'single'",
    '`code`',
    '*bold* _it_ ~st~',
    '&lt;&amp;&gt;',
    '\n\n',
    '\t',
    '🚀👩🏽‍💻',
    'Ääkköset ja š',
    'زمان',
  ),
);
const commandText = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.tuple(word, fc.array(fragment, { maxLength: 5 })).map(([w, f]) => [w, ...f].join(' ')),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 2000, maxLength: 4000 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...COMMANDS), fc.string({ minLength: 200, maxLength: 3000 }))
      .map(([c, rest]) => `${c} ${rest}`),
  },
);

describe('slash-command text (property-based)', () => {
  it('any text gets a 200 and an answer, never a failure or a half-written strategy', async () => {
    await fc.assert(
      fc.asyncProperty(
        commandText,
        fc.constantFrom('C1', 'C2', 'C3'),
        fc.constantFrom('U1', 'UFI', 'U2'),
        async (text, channel, user) => {
          tried.commands += 1;
          const { status, payload } = await t.command(text, { channel, user });
          expect(status).toBe(200);
          const id = payload.response_url!.split('/').pop();
          const answer = await answerTo(
            (c) =>
              ((c.method === 'command_ack' || c.method === 'response_url') && c.args.response_id === id) ||
              (c.method === 'views.open' && c.args.trigger_id === payload.trigger_id),
          );
          if (answer.method !== 'views.open')
            expect(String(answer.args.text ?? '').length).toBeGreaterThan(0);
          else expect(answer.args.view.type).toBe('modal');
          expect(failures()).toEqual([]);
        },
      ),
      { numRuns: RUNS },
    );
    await expectWholeRows();
    const health = await fetch(`${t.url}/healthz`);
    expect(health.status).toBe(200);
  }, 120_000);
});

const nullable = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const answerText = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 160 }),
  fc.string({ minLength: 139, maxLength: 142 }),
  fc.string({ unit: 'grapheme', minLength: 2000, maxLength: 3000 }),
  fc.constantFrom('', ' ', '<@U2>', '"quoted"', '🚀'.repeat(140), '🚀'.repeat(141)),
);
const rating = fc.oneof(fc.constantFrom('clear', 'partial', 'missing'), fc.string({ maxLength: 10 }));

/** The state values of one step, as Slack could send them: some inputs empty, some absent, odd values. */
function stepValues(step: number): fc.Arbitrary<Json> {
  const keys = ASSESSMENT_STEPS[step]!;
  // Often a well-formed step, so that whole analyses get saved too and not only refused.
  const tidy = fc.constant(
    Object.fromEntries(
      keys.flatMap((key) => [
        [
          ASSESSMENT_IDS.answerBlock(key),
          { [ASSESSMENT_IDS.answerAction]: { type: 'plain_text_input', value: `${key} settled` } },
        ],
        [
          ASSESSMENT_IDS.ratingBlock(key),
          { [ASSESSMENT_IDS.ratingAction]: { type: 'radio_buttons', selected_option: { value: 'clear' } } },
        ],
      ]),
    ) as Json,
  );
  const random = fc
    .tuple(
      ...keys.map((key) =>
        fc.record({
          present: fc.integer({ min: 0, max: 4 }).map((n) => n > 0),
          text: nullable(answerText),
          rating: nullable(rating),
          owner: key === 'ownership' ? nullable(fc.constantFrom('U1', 'U2', 'UNOBODY')) : fc.constant(null),
        }),
      ),
    )
    .map((typed) => {
      const values: Json = {};
      keys.forEach((key, i) => {
        const a = typed[i]!;
        if (!a.present) return;
        values[ASSESSMENT_IDS.answerBlock(key)] = {
          [ASSESSMENT_IDS.answerAction]: { type: 'plain_text_input', value: a.text },
        };
        values[ASSESSMENT_IDS.ratingBlock(key)] = {
          [ASSESSMENT_IDS.ratingAction]: {
            type: 'radio_buttons',
            selected_option: a.rating === null ? null : { value: a.rating },
          },
        };
        if (key === 'ownership')
          values[ASSESSMENT_IDS.ownerBlock] = {
            [ASSESSMENT_IDS.ownerAction]: { type: 'users_select', selected_user: a.owner },
          };
      });
      return values;
    });
  return fc.oneof({ weight: 2, arbitrary: tidy }, { weight: 3, arbitrary: random });
}

describe('readiness modal submissions (property-based)', () => {
  it('any submitted values get a 200 with a next step, block errors or a saved revision, all or nothing', async () => {
    await t.reply('start Properties', { channel: 'C9', user: 'U1' });
    const strategy = await t.app.db
      .selectFrom('strategies')
      .select('id')
      .where('channel_id', '=', 'C9')
      .executeTakeFirstOrThrow();
    const { payload } = await t.command('assess', { channel: 'C9', user: 'U1' });
    const opened = (await t.standIn.waitFor('views.open', (a) => a.trigger_id === payload.trigger_id)).args
      .view;

    const submission = fc.integer({ min: 0, max: ASSESSMENT_STEPS.length - 1 }).chain((step) =>
      fc.record({
        step: fc.constant(step),
        values: stepValues(step),
        // Mostly the metadata the app wrote; sometimes a forged or broken one.
        metadata: fc.oneof(
          {
            weight: 8,
            arbitrary: fc.constant(assessmentMetadata({ strategyId: strategy.id, channelId: 'C9', step })),
          },
          {
            weight: 1,
            arbitrary: fc.constantFrom(
              assessmentMetadata({ strategyId: 'no-such-strategy', channelId: 'C9', step }),
              '{"strategyId":1}',
              'not json',
              '',
            ),
          },
        ),
        user: fc.constantFrom('U1', 'U1', 'U1', 'UADMIN', 'U2'),
      }),
    );

    await fc.assert(
      fc.asyncProperty(submission, async ({ step, values, metadata, user }) => {
        tried.submissions += 1;
        const revisionsBefore = await t.app.db.selectFrom('assessment_revisions').select('id').execute();
        const posts = t.standIn.callsOf('chat.postMessage').length;
        const { status, body } = await t.submit({ ...opened, private_metadata: metadata }, values, { user });
        expect(status).toBe(200);
        const revisionsAfter = await t.app.db.selectFrom('assessment_revisions').select('id').execute();
        const added = revisionsAfter.length - revisionsBefore.length;
        if (body.response_action === 'errors') {
          const blocks = Object.keys(body.errors);
          expect(blocks.length).toBeGreaterThan(0);
          for (const b of blocks) expect(b).toMatch(/^assessment_/);
          for (const e of Object.values(body.errors)) expect(String(e).length).toBeGreaterThan(0);
          expect(added).toBe(0);
          outcomes.errors += 1;
        } else if (body.response_action === 'update') {
          expect(body.view.type).toBe('modal');
          expect(added).toBe(0);
          outcomes.update += 1;
        } else {
          outcomes.saved += 1;
          // Saved on the last step: one whole revision, and the summary posted.
          expect(body).toEqual({});
          expect(step).toBe(ASSESSMENT_STEPS.length - 1);
          expect(added).toBe(1);
          await t.standIn.waitFor(
            'chat.postMessage',
            () => t.standIn.callsOf('chat.postMessage').length > posts,
          );
        }
        expect(failures()).toEqual([]);
      }),
      { numRuns: RUNS },
    );
    await expectWholeRows();
    // The cases reached every kind of answer, the saved revision included.
    expect(outcomes.errors).toBeGreaterThan(0);
    expect(outcomes.update).toBeGreaterThan(0);
    expect(outcomes.saved).toBeGreaterThan(0);
  }, 120_000);
});

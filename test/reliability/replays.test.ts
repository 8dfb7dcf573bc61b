import { describe, expect, it } from 'vitest';
import { ASSESSMENT_STEPS } from '../../src/domain/readiness.js';
import { ASSESSMENT_IDS, METRIC_IDS, PHASE_IDS, SCHEDULE_IDS } from '../../src/views/ids.js';
import { appForEachTest } from '../support/app-per-test.js';
import { U1, type Who } from '../support/harness.js';
import type { Json } from '../support/slack-stand-in.js';
import { optionOf, valuesAsOpened } from '../support/view-values.js';

// A signed final submission sent again as it was (same view id, same hash: a replay within the
// signature's five minutes) is acknowledged and changes nothing: no second revision, post, audit
// entry or confirmation.

const t = appForEachTest({ users: [U1, { id: 'UOWNER', locale: 'en-US' }] }, (t) => t.reply('start Launch'));

async function openModal(text: string, who: Who = {}): Promise<Json> {
  const { payload } = await t.command(text, who);
  const call = await t.standIn.waitFor('views.open', (a) => a.trigger_id === payload.trigger_id);
  return call.result!.view;
}

/** The answers of one readiness step, all rated clear. */
function stepValues(step: number): Json {
  const values: Json = {};
  for (const key of ASSESSMENT_STEPS[step]!) {
    values[ASSESSMENT_IDS.answerBlock(key)] = {
      [ASSESSMENT_IDS.answerAction]: { type: 'plain_text_input', value: `${key} answered` },
    };
    values[ASSESSMENT_IDS.ratingBlock(key)] = {
      [ASSESSMENT_IDS.ratingAction]: { type: 'radio_buttons', selected_option: { value: 'clear' } },
    };
    if (key === 'ownership')
      values[ASSESSMENT_IDS.ownerBlock] = {
        [ASSESSMENT_IDS.ownerAction]: { type: 'users_select', selected_user: 'U1' },
      };
  }
  return values;
}

const count = async (action: string) =>
  (await t.app.db.selectFrom('audit_events').select('id').where('action', '=', action).execute()).length;
const channelPosts = () => t.standIn.callsOf('chat.postMessage').filter((c) => c.args.channel === 'C1');
const confirmations = () => t.standIn.callsOf('chat.postEphemeral');

/** Sends the submission, waits for its work to end, then replays it `times` times at once. */
async function submitThenReplay(payload: Json, times = 3): Promise<void> {
  const first = await t.send(payload);
  expect(first.status).toBe(200);
  expect(first.body).toEqual({});
  await t.app.idle();
  const replays = await Promise.all(Array.from({ length: times }, () => t.send(payload)));
  // Each replay is acknowledged plainly: the modal it names is closed, nothing else.
  expect(replays).toEqual(Array.from({ length: times }, () => ({ status: 200, body: {} })));
  await t.app.idle();
}

describe('a replayed final submission', () => {
  it('of the readiness analysis, replayed 3 times: 1 revision, 1 post, 1 audit entry', async () => {
    let view = await openModal('assess');
    for (let step = 0; step < ASSESSMENT_STEPS.length - 1; step += 1) {
      const next = await t.submit(view, stepValues(step));
      expect(next.body.response_action).toBe('update');
      view = next.body.view;
    }
    const posts = channelPosts().length;
    await submitThenReplay(t.submissionPayload(view, stepValues(ASSESSMENT_STEPS.length - 1)));
    expect(await t.app.db.selectFrom('assessment_revisions').select('revision').execute()).toEqual([
      { revision: 1 },
    ]);
    expect(channelPosts().length - posts).toBe(1);
    expect(await count('assessment.revised')).toBe(1);
  });

  it('of the readiness analysis, sent 4 times at once: 1 revision, 1 post', async () => {
    let view = await openModal('assess');
    for (let step = 0; step < ASSESSMENT_STEPS.length - 1; step += 1)
      view = (await t.submit(view, stepValues(step))).body.view;
    const posts = channelPosts().length;
    const payload = t.submissionPayload(view, stepValues(ASSESSMENT_STEPS.length - 1));
    const answers = await Promise.all([1, 2, 3, 4].map(() => t.send(payload)));
    expect(answers.map((a) => a.body)).toEqual([{}, {}, {}, {}]);
    await t.app.idle();
    expect(await t.app.db.selectFrom('assessment_revisions').select('revision').execute()).toHaveLength(1);
    expect(channelPosts().length - posts).toBe(1);
  });

  it('of a metric, a phase, the schedule and a check-in: each changes things once', async () => {
    // metric add: one metric, one announcement
    const add = await openModal('metric add');
    const posts = channelPosts().length;
    await submitThenReplay(
      t.submissionPayload(
        add,
        valuesAsOpened(add, {
          [METRIC_IDS.blocks.name]: { value: 'Followers' },
          [METRIC_IDS.blocks.baseline]: { value: '100' },
          [METRIC_IDS.blocks.target]: { value: '200' },
          [METRIC_IDS.blocks.targetDate]: { selected_date: '2027-06-30' },
        }),
      ),
    );
    expect(await t.app.db.selectFrom('metrics').select('name').execute()).toEqual([{ name: 'Followers' }]);
    expect(channelPosts().length - posts).toBe(1);
    expect(await count('metric.created')).toBe(1);

    // metric edit: one change, one confirmation
    const edit = await openModal('metric edit Followers');
    let confirmed = confirmations().length;
    await submitThenReplay(
      t.submissionPayload(edit, valuesAsOpened(edit, { [METRIC_IDS.blocks.target]: { value: '300' } })),
    );
    expect(await count('metric.updated')).toBe(1);
    expect(confirmations().length - confirmed).toBe(1);

    // phase: one change
    const { payload: phaseCommand } = await t.command('phase 1');
    const phase = (await t.standIn.waitFor('views.open', (a) => a.trigger_id === phaseCommand.trigger_id))
      .result!.view;
    await submitThenReplay(
      t.submissionPayload(phase, valuesAsOpened(phase, { [PHASE_IDS.notesBlock]: { value: 'Brand24' } })),
    );
    expect(await count('phase.updated')).toBe(1);

    // schedule: one change, one confirmation
    const schedule = await openModal('schedule');
    confirmed = confirmations().length;
    await submitThenReplay(
      t.submissionPayload(
        schedule,
        valuesAsOpened(schedule, {
          [SCHEDULE_IDS.digestDayBlock]: optionOf(schedule, SCHEDULE_IDS.digestDayBlock, '3'),
        }),
      ),
    );
    expect(await count('schedule.updated')).toBe(1);
    expect(confirmations().length - confirmed).toBe(1);

    // check-in: one value, one thank-you
    const checkin = await openModal('checkin');
    const metric = await t.app.db.selectFrom('metrics').select('id').executeTakeFirstOrThrow();
    confirmed = confirmations().length;
    await submitThenReplay(
      t.submissionPayload(checkin, {
        [metric.id]: { [METRIC_IDS.checkinInput]: { type: 'plain_text_input', value: '150' } },
      }),
    );
    expect(await count('checkin.reported')).toBe(1);
    expect(await count('checkin.replaced')).toBe(0);
    expect(confirmations().length - confirmed).toBe(1);
  });
});

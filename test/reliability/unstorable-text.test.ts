import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { storableText } from '../../src/domain/storable-text.js';
import { ASSESSMENT_IDS, METRIC_IDS, PHASE_IDS } from '../../src/views/ids.js';
import { appForEachTest } from '../support/app-per-test.js';
import { U1 } from '../support/harness.js';
import type { Json } from '../support/slack-stand-in.js';
import { valuesAsOpened } from '../support/view-values.js';

// NUL, the other control characters and lone surrogates, typed into a command or a modal: the
// same text is kept on SQLite and on PostgreSQL (`npm run test:pg` runs this file there), with
// those characters taken out, and nothing fails or hangs. PostgreSQL refuses NUL in text outright.

const database = process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'SQLite';
/** Cases per property; FC_RUNS scales it (CI may raise it). */
const RUNS = Number(process.env.FC_RUNS ?? 200);

/** Any UTF-16 text, ASCII controls and surrogate halves (paired or not) well represented. */
const anyUtf16 = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 0x7f }),
      fc.integer({ min: 0xd800, max: 0xdfff }),
      fc.integer({ min: 0, max: 0xffff }),
    ),
  )
  .map((units) => String.fromCharCode(...units));

describe('storableText', () => {
  it('drops control characters but tab and line breaks, and marks a lone surrogate with U+FFFD', () => {
    expect(storableText('a\u0000b\u0007c\u001bd\u007fe')).toBe('abcde');
    expect(storableText('line\nnext\r\n\tindented')).toBe('line\nnext\r\n\tindented');
    expect(storableText('x\ud83dy\ude00z')).toBe('x\ufffdy\ufffdz');
    expect(storableText('Hyvä 😀 työ')).toBe('Hyvä 😀 työ');
  });

  it('leaves nothing either database would keep differently, and changes clean text not at all', () => {
    const isControl = (c: number) => (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f;
    const hasControl = (text: string) => [...text].some((ch) => isControl(ch.codePointAt(0)!));
    fc.assert(
      fc.property(anyUtf16, (text) => {
        const kept = storableText(text);
        // No control character left, and well-formed: UTF-8 (what both drivers send) keeps it as it is.
        return (
          !hasControl(kept) &&
          Buffer.from(kept, 'utf8').toString('utf8') === kept &&
          storableText(kept) === kept
        );
      }),
    );
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }).filter((text) => !hasControl(text)),
        (text) => storableText(text) === text,
      ),
      { numRuns: RUNS },
    );
  });
});

describe(`text with NUL and lone surrogates, on ${database}`, () => {
  const t = appForEachTest({ users: [U1] });

  async function openModal(text: string): Promise<Json> {
    const { payload } = await t.command(text);
    return (await t.standIn.waitFor('views.open', (a) => a.trigger_id === payload.trigger_id)).result!.view;
  }

  it('in a command: the strategy is started with the name as typed, those characters out', async () => {
    const reply = await t.reply('start Launch\u0000 2027\ud800');
    expect(reply.text).toContain('Launch 2027\ufffd');
    const row = await t.app.db.selectFrom('strategies').select('name').executeTakeFirstOrThrow();
    expect(row.name).toBe('Launch 2027\ufffd');
  });

  it('in modals: phase notes, a metric and a readiness answer are saved in time, those characters out', async () => {
    await t.reply('start Launch');
    const phase = await openModal('phase 1');
    const saved = await t.submit(
      phase,
      valuesAsOpened(phase, { [PHASE_IDS.notesBlock]: { value: 'Brand\u0000 24\u0001 \udc00seuranta' } }),
    );
    expect(saved).toEqual({ status: 200, body: {} });
    const notes = await t.app.db
      .selectFrom('phases')
      .select('notes')
      .where('key', '=', 'listening')
      .executeTakeFirstOrThrow();
    expect(notes.notes).toBe('Brand 24 \ufffdseuranta');

    const add = await openModal('metric add');
    const added = await t.submit(
      add,
      valuesAsOpened(add, {
        [METRIC_IDS.blocks.name]: { value: 'Follo\u0000wers' },
        [METRIC_IDS.blocks.unit]: { value: '\u0000' },
        [METRIC_IDS.blocks.baseline]: { value: '100\u0000' },
        [METRIC_IDS.blocks.target]: { value: '200' },
        [METRIC_IDS.blocks.targetDate]: { selected_date: '2027-06-30' },
      }),
    );
    expect(added.body).toEqual({});
    expect(await t.app.db.selectFrom('metrics').select(['name', 'unit', 'baseline']).execute()).toEqual([
      { name: 'Followers', unit: '', baseline: 100 },
    ]);

    const assess = await openModal('assess');
    const next = await t.submit(assess, {
      [ASSESSMENT_IDS.answerBlock('why')]: {
        [ASSESSMENT_IDS.answerAction]: { type: 'plain_text_input', value: 'To be\u0000 found' },
      },
      [ASSESSMENT_IDS.ratingBlock('why')]: {
        [ASSESSMENT_IDS.ratingAction]: { type: 'radio_buttons', selected_option: { value: 'clear' } },
      },
    });
    expect(next.body.response_action).toBe('update');
    const draft = await t.app.db
      .selectFrom('assessment_drafts')
      .select('answers_json')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(draft.answers_json).why.text).toBe('To be found');
  });
});

import { describe, expect, it } from 'vitest';
import type { DigestData, DigestMetricItem } from '../../src/domain/digest.js';
import {
  CHECKIN_COMMENT_MAX,
  METRIC_NAME_MAX,
  METRIC_UNIT_MAX,
  type Metric,
} from '../../src/domain/metric.js';
import type { DueCheckin } from '../../src/domain/reporting.js';
import { computeTrend } from '../../src/domain/trend.js';
import { type CheckinRow, checkinModal } from '../../src/views/checkin-modal.js';
import { checkinPromptMessage, checkinReminderMessage, digestMessage } from '../../src/views/scheduled.js';
import { checkMessage, checkView } from '../support/block-kit.js';
import type { Json } from '../support/slack-stand-in.js';

// The check-in's views with every field at its longest, many metrics, and hostile text: inside
// Block Kit's limits, page by page where a modal cannot hold them all.

const HOSTILE = '<!channel> *bold* & <https://x.example|x>';
const longName = (i: number) => `${i} ${HOSTILE} ${'n'.repeat(METRIC_NAME_MAX)}`.slice(0, METRIC_NAME_MAX);
const longUnit = 'u'.repeat(METRIC_UNIT_MAX);
const longComment = `${HOSTILE}\n${'c'.repeat(CHECKIN_COMMENT_MAX)}`.slice(0, CHECKIN_COMMENT_MAX);

function metric(i: number, ownerId: string, cadence: Metric['cadence'] = 'weekly'): Metric {
  return {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    strategyId: 'S1',
    teamId: 'T1',
    name: longName(i),
    unit: longUnit,
    baseline: -123456789.25,
    target: 987654321.75,
    targetDate: '2027-12-31',
    ownerId,
    direction: 'up',
    cadence,
    archivedAt: null,
    createdAt: new Date('2027-01-01T10:00:00Z'),
    updatedAt: new Date('2027-01-01T10:00:00Z'),
  };
}

function row(m: Metric): CheckinRow {
  const period = m.cadence === 'weekly' ? '2026-W53' : '2027-01';
  return {
    metric: m,
    period,
    current: {
      metricId: m.id,
      period,
      value: -123456789.25,
      reportedBy: 'U9',
      reportedAt: new Date('2027-01-01T10:00:00Z'),
      comment: longComment,
      confidence: 'at_risk',
      source: { kind: 'api', label: 'x'.repeat(100) },
    },
  };
}

const meta = {
  strategyId: 'S1',
  channelId: 'C1',
  at: Date.parse('2027-01-01T10:00:00Z'),
  offset: 0,
  saved: 0,
};
const inputs = (view: Json, actionId: string) =>
  view.blocks.filter((b: Json) => b.element?.action_id === actionId).map((b: Json) => b.block_id);

describe('the check-in modal', () => {
  // 40 metrics, every other one owned by the reporter, the rest by 20 different people.
  const rows = Array.from({ length: 40 }, (_, i) => row(metric(i, i % 2 === 0 ? 'UME' : `U${i}`)));

  it('lists the reporter’s metrics first, then the others under their owners, page by page', () => {
    const first = checkinModal('en', meta, rows, 'UME') as Json;
    expect(checkView(first)).toEqual([]);
    const values = inputs(first, 'metric_checkin_value');
    // 20 own metrics under one heading (61 blocks), then other owners' one by one (4 blocks each).
    expect(values).toHaveLength(29);
    expect(values.slice(0, 20)).toEqual(rows.filter((_, i) => i % 2 === 0).map((r) => r.metric.id));
    expect(first.blocks[1].text.text).toBe('*Your metrics*');
    expect(first.blocks.some((b: Json) => b.text?.text === '*Owner: <@U1>*')).toBe(true);
    expect(first.blocks.at(-1).elements[0].text).toBe(
      'Metrics 1–29 of 40. *Report and continue* saves these and shows the rest.',
    );
    expect(first.submit.text).toBe('Report and continue');
    const opened = JSON.parse(first.private_metadata);
    expect(opened).toMatchObject({ offset: 0, saved: 0 });
    expect(opened.metricIds).toEqual(values);

    const second = checkinModal('fi', { ...meta, offset: 29, saved: 7 }, rows, 'UME') as Json;
    expect(checkView(second)).toEqual([]);
    expect(inputs(second, 'metric_checkin_value')).toHaveLength(11);
    expect(second.blocks[0].text.text).toMatch(
      /^7 arvoa tallennettu\. Tässä loput mittarit:\nRaportoitavat jaksot:/,
    );
    expect(second.blocks[1].text.text).toBe('*Vastuuhenkilö: <@U19>*');
    expect(second.submit.text).toBe('Raportoi');
    expect(checkinModal('en', { ...meta, offset: 40 }, rows, 'UME')).toBeUndefined();
  });

  it('prefills each value with its comment and confidence, and names the periods people’s way', () => {
    const view = checkinModal(
      'en',
      meta,
      [row(metric(1, 'UME', 'monthly')), row(metric(2, 'U2'))],
      'UME',
    ) as Json;
    expect(view.blocks[0].text.text).toContain(
      'Values for *January 2027 and week 53 (28 Dec 2026 – 3 Jan 2027)*.',
    );
    const id = metric(1, 'UME').id;
    const block = (blockId: string) => view.blocks.find((b: Json) => b.block_id === blockId);
    expect(block(id).hint.text).toBe('Target 987,654,321.75 by 2027-12-31 · January 2027');
    expect(block(id).element.initial_value).toBe('-123456789.25');
    expect(block(`${id}_comment`).element).toMatchObject({ initial_value: longComment, max_length: 500 });
    expect(block(`${id}_confidence`).element.initial_option.value).toBe('at_risk');
    expect(block(`${id}_confidence`).element.options.map((o: Json) => o.text.text)).toEqual([
      'On track',
      'At risk',
      'Off track',
    ]);
    // Labels and hints are plain text: what was typed shows as typed, and cannot ping.
    expect(block(id).label.type).toBe('plain_text');
  });
});

function item(i: number): DigestMetricItem {
  const m = metric(i, `U${i}`);
  const checkins = [
    { period: '2026-W52', value: 5000 },
    { period: '2026-W53', value: 4150 },
  ];
  return {
    name: m.name,
    unit: m.unit,
    target: 8000,
    targetDate: m.targetDate,
    trend: computeTrend({
      baseline: 5000,
      target: 8000,
      direction: 'up',
      startDate: '2026-12-01',
      targetDate: '2027-12-31',
      checkins,
    }),
    report: {
      latest: { period: '2026-W53', value: 4150, comment: longComment, confidence: 'off_track' },
      change: { since: '2026-W52', delta: -850, towards: false },
      missing: { period: '2026-W53', ownerId: `U${i}` },
    },
  };
}

const digest = (language: 'en' | 'fi'): DigestData => ({
  strategyId: 'S1',
  strategyName: HOSTILE,
  channelId: 'C1',
  language,
  metrics: Array.from({ length: 30 }, (_, i) => item(i)),
});

describe('the digest, per metric', () => {
  it('shows the change, the latest comment and confidence and who has not reported, escaped', () => {
    const m = digestMessage(digest('en'));
    expect(checkMessage(m as Json)).toEqual([]);
    const metric0 = (m.blocks as Json[]).find((b) => b.text?.text?.startsWith('*0 '))!.text.text as string;
    const lines = metric0.split('\n');
    expect(lines[1]).toMatch(
      /^◂▱▱▱▱▱▱▱▱▱▱ −28 % · `······█▁` · moving away from the target · latest: week 53 /,
    );
    expect(lines[2]).toBe(
      'Change since week 52 (21–27 Dec): −850 uuuuuuuuuuuuuuuuuuuu, away from the target',
    );
    expect(lines[3]).toMatch(/^:red_circle: Off track · “&lt;!channel&gt; \u200b\*\u200bbold/);
    expect(lines[4]).toBe(
      ':hourglass_flowing_sand: Not reported yet for week 53 (28 Dec 2026 – 3 Jan 2027): <@U0>',
    );
    // mrkdwn text cannot ping (the header is plain text, shown as typed).
    const mrkdwn = (m.blocks as Json[]).filter((b) => b.type === 'section').map((b) => b.text.text);
    expect(mrkdwn.join('\n')).not.toContain('<!channel>');
  });

  it('in Finnish too', () => {
    const m = digestMessage(digest('fi'));
    expect(checkMessage(m as Json)).toEqual([]);
    const all = JSON.stringify(m.blocks);
    expect(all).toContain('−28 %');
    expect(all).toContain('etääntymässä tavoitteesta');
    expect(all).toContain(
      'Muutos edellisestä, viikko 52 (21.–27.12.): −850 uuuuuuuuuuuuuuuuuuuu, poispäin tavoitteesta',
    );
    expect(all).toContain(':red_circle: Jäljessä · ”&lt;!channel&gt;');
    expect(all).toContain('Vielä raportoimatta, viikko 53 (28.12.2026–3.1.2027): <@U0>');
  });
});

describe('the prompt and the reminder', () => {
  const due: DueCheckin[] = Array.from({ length: 30 }, (_, i) => ({
    metricId: metric(i, 'U1').id,
    name: longName(i),
    ownerId: `U${i}`,
    period: i % 2 ? '2027-01' : '2026-W53',
  }));

  it('name the metrics asked for with their periods, cut to stay inside one message', () => {
    const prompt = checkinPromptMessage('en', { id: 'S1', name: HOSTILE }, due);
    expect(checkMessage(prompt as Json)).toEqual([]);
    const text = JSON.stringify(prompt.blocks);
    expect(text).toContain('— January 2027 — <@U1>');
    expect(text).toContain('…and 20 more');
    expect(text).not.toContain('<!channel>');
    const reminder = checkinReminderMessage('fi', { id: 'S1', name: HOSTILE, channelId: 'C1' }, due);
    expect(checkMessage(reminder as Json)).toEqual([]);
    expect(JSON.stringify(reminder.blocks)).toContain('– tammikuu 2027');
    expect(JSON.stringify(reminder.blocks)).toContain('…ja 20 muuta');
  });
});

import type { KnownBlock, View } from '@slack/types';
import { formatLocalDate } from '../domain/dates.js';
import type { Metric } from '../domain/metric.js';
import { formatNumber, inputNumber } from '../domain/numbers.js';
import type { Language } from '../domain/strategy.js';
import { messages } from '../i18n/index.js';
import { modal, section, textInput } from './blocks.js';
import { METRIC_IDS } from './ids.js';

// A modal holds at most 100 blocks and 3000 characters of private_metadata (the metric ids).
export const CHECKIN_MAX_METRICS = 50;

export interface CheckinModalMetadata {
  strategyId: string;
  channelId: string;
  /** When the modal was opened (epoch ms): the values belong to the periods shown then. */
  at: number;
  metricIds: string[];
}

export interface CheckinRow {
  metric: Metric;
  period: string;
  current: number | undefined;
}

/** One input per active metric, labelled with its period and prefilled with what is already in. */
export function checkinModal(
  language: Language,
  meta: Omit<CheckinModalMetadata, 'metricIds'>,
  rows: CheckinRow[],
): View {
  const m = messages(language).metrics;
  const shown = rows.slice(0, CHECKIN_MAX_METRICS);
  const periods = [...new Set(shown.map((r) => r.period))].join(', ');
  const blocks: KnownBlock[] = [section(m.checkinIntro(periods))];
  for (const row of shown) {
    const target = formatNumber(row.metric.target, language);
    blocks.push(
      textInput({
        blockId: row.metric.id,
        actionId: METRIC_IDS.checkinInput,
        label: m.checkinLabel(row.metric.name, row.metric.unit),
        hint: m.checkinHint(target, formatLocalDate(language, row.metric.targetDate), row.period),
        optional: true,
        maxLength: 40,
        initial: row.current === undefined ? undefined : inputNumber(row.current, language),
      }),
    );
  }
  const full: CheckinModalMetadata = { ...meta, metricIds: shown.map((r) => r.metric.id) };
  return modal({
    callbackId: METRIC_IDS.checkinView,
    title: m.checkinTitle,
    submit: m.checkinSubmit,
    close: m.cancel,
    privateMetadata: JSON.stringify(full),
    blocks,
  });
}

import type { KnownBlock, View } from '@slack/types';
import { formatLocalDate } from '../domain/dates.js';
import { CHECKIN_COMMENT_MAX, type Checkin, CONFIDENCES, type Metric } from '../domain/metric.js';
import { formatNumber, inputNumber } from '../domain/numbers.js';
import type { Language } from '../domain/strategy.js';
import { messages } from '../i18n/index.js';
import type { ChannelToConfirm } from '../services/phase-content.js';
import { context, LIMITS, modal, option, section, selectInput, textInput } from './blocks.js';
import { METRIC_IDS } from './ids.js';
import { formatPeriods } from './periods.js';
import { checkinChannelBlocks } from './phase-content.js';

// A modal holds at most 100 blocks. Each metric takes three (its value, a comment, a confidence)
// and each owner's group a heading, so a strategy with many metrics is reported page by page:
// each page's values are saved when it is submitted, and the next page takes its place.
// The intro and the page note take the blocks kept aside here.
const RESERVED_BLOCKS = 2;
const BLOCKS_PER_METRIC = 3;

export interface CheckinModalMetadata {
  strategyId: string;
  channelId: string;
  /** When the modal was opened (epoch ms): the values belong to the periods shown then. */
  at: number;
  /** The metrics of this page. */
  metricIds: string[];
  /** How many metrics the pages before this one showed; 0 on the first. */
  offset: number;
  /** How many values the pages before this one saved. */
  saved: number;
  /** The reporter's accounts of the channel register asked about on this page (the first only). */
  channelIds?: string[];
}

export interface CheckinRow {
  metric: Metric;
  period: string;
  current: Checkin | undefined;
}

/**
 * The reporter's own metrics first, then everyone else's grouped by owner (each group where its
 * owner's first metric stands); in the order the metrics were added within each.
 */
export function checkinOrder(rows: CheckinRow[], reporterId: string): CheckinRow[] {
  const groups = new Map<string, CheckinRow[]>([[reporterId, []]]);
  for (const row of rows) {
    const group = groups.get(row.metric.ownerId) ?? [];
    group.push(row);
    groups.set(row.metric.ownerId, group);
  }
  return [...groups.values()].flat();
}

/** How many of `rows`, from the first, fit on one page with their owners' headings. */
function pageSize(rows: CheckinRow[], taken: number): number {
  let blocks = RESERVED_BLOCKS + taken;
  let owner: string | undefined;
  let count = 0;
  for (const row of rows) {
    const heading = row.metric.ownerId === owner ? 0 : 1;
    if (blocks + heading + BLOCKS_PER_METRIC > LIMITS.modalBlocks) break;
    blocks += heading + BLOCKS_PER_METRIC;
    owner = row.metric.ownerId;
    count += 1;
  }
  return count;
}

/**
 * One page of the check-in, from `page.offset` of the rows in check-in order: each metric's value
 * (labelled with its period, prefilled with what is in), a comment and a confidence, under the
 * heading of its owner. Undefined when no metric is left from that offset.
 */
export function checkinModal(
  language: Language,
  meta: Omit<CheckinModalMetadata, 'metricIds' | 'channelIds'>,
  rows: CheckinRow[],
  reporterId: string,
  channels: ChannelToConfirm[] = [],
): View | undefined {
  const m = messages(language);
  const c = m.checkins;
  // The reporter's own accounts come first, on the first page only.
  const asked = meta.offset === 0 ? channels : [];
  const channelBlocks = checkinChannelBlocks(language, asked);
  const ordered = checkinOrder(rows, reporterId);
  const rest = ordered.slice(meta.offset);
  const shown = rest.slice(0, pageSize(rest, channelBlocks.length));
  if (shown.length === 0 && asked.length === 0) return undefined;
  const more = rest.length > shown.length;
  const intro =
    shown.length > 0
      ? c.intro(
          formatPeriods(
            language,
            shown.map((r) => r.period),
          ),
        )
      : '';
  const opening = [meta.saved > 0 ? c.savedSoFar(meta.saved) : '', intro].filter(Boolean).join('\n');
  const blocks: KnownBlock[] = [...(opening ? [section(opening)] : []), ...channelBlocks];
  let owner: string | undefined;
  for (const row of shown) {
    const { metric, current } = row;
    if (metric.ownerId !== owner) {
      owner = metric.ownerId;
      blocks.push(section(owner === reporterId ? c.yourMetrics : c.ownerMetrics(owner)));
    }
    const target = formatNumber(metric.target, language);
    blocks.push(
      textInput({
        blockId: metric.id,
        actionId: METRIC_IDS.checkinInput,
        label: m.metrics.checkinLabel(metric.name, metric.unit),
        hint: c.hint(
          target,
          formatLocalDate(language, metric.targetDate),
          formatPeriods(language, [row.period]),
        ),
        optional: true,
        maxLength: 40,
        initial: current === undefined ? undefined : inputNumber(current.value, language),
      }),
      textInput({
        blockId: METRIC_IDS.checkinCommentBlock(metric.id),
        actionId: METRIC_IDS.checkinComment,
        label: c.comment,
        placeholder: c.commentPlaceholder,
        optional: true,
        maxLength: CHECKIN_COMMENT_MAX,
        initial: current?.comment ?? undefined,
      }),
      selectInput({
        blockId: METRIC_IDS.checkinConfidenceBlock(metric.id),
        actionId: METRIC_IDS.checkinConfidence,
        label: c.confidence,
        placeholder: c.confidencePlaceholder,
        optional: true,
        options: CONFIDENCES.map((x) => option(c.confidenceName[x], x)),
        initial: current?.confidence ?? undefined,
      }),
    );
  }
  if (more) blocks.push(context(c.page(meta.offset + 1, meta.offset + shown.length, ordered.length)));
  const full: CheckinModalMetadata = {
    ...meta,
    metricIds: shown.map((r) => r.metric.id),
    ...(asked.length > 0 ? { channelIds: asked.map((a) => a.channel.id) } : {}),
  };
  return modal({
    callbackId: METRIC_IDS.checkinView,
    title: m.metrics.checkinTitle,
    submit: more ? c.continue : m.metrics.checkinSubmit,
    close: m.metrics.cancel,
    privateMetadata: JSON.stringify(full),
    blocks,
  });
}

import type { KnownBlock } from '@slack/types';
import { formatLocalDate } from '../domain/dates.js';
import type { Metric } from '../domain/metric.js';
import { formatNumber } from '../domain/numbers.js';
import type { Language, Strategy } from '../domain/strategy.js';
import { messages } from '../i18n/index.js';
import { actions, button, context, header, type Message, mrkdwnText, section } from './blocks.js';
import { escapeMrkdwn } from './escape.js';
import { METRIC_IDS } from './ids.js';

// Three blocks a metric, plus header and footer: 15 metrics stay inside a message's 50 blocks.
export const LIST_MAX_METRICS = 15;

export function metricListMessage(strategy: Strategy, metrics: Metric[], language: Language): Message {
  const m = messages(language).metrics;
  const blocks: KnownBlock[] = [header(m.listHeading(strategy.name))];
  if (metrics.length === 0) blocks.push(section(m.none));
  const shown = metrics.slice(0, LIST_MAX_METRICS);
  for (const metric of shown) {
    const n = (v: number) => formatNumber(v, language);
    blocks.push(
      section(
        m.line(
          escapeMrkdwn(metric.name),
          escapeMrkdwn(metric.unit),
          n(metric.baseline),
          n(metric.target),
          formatLocalDate(language, metric.targetDate),
          metric.ownerId,
        ),
      ),
      context(m.cadenceAndDirection(m.cadenceName[metric.cadence], m.directionName[metric.direction])),
      actions([
        button(m.buttonEdit, METRIC_IDS.listEdit, metric.id),
        button(m.buttonChart, METRIC_IDS.listChart, metric.id),
        button(messages(language).imports.button, METRIC_IDS.listImport, metric.id),
        {
          ...button(m.buttonArchive, METRIC_IDS.listArchive, metric.id, 'danger'),
          confirm: {
            title: { type: 'plain_text', text: m.confirmArchiveTitle },
            text: mrkdwnText(m.confirmArchiveText(escapeMrkdwn(metric.name))),
            confirm: { type: 'plain_text', text: m.confirmArchiveYes },
            deny: { type: 'plain_text', text: m.cancel },
          },
        },
      ]),
    );
  }
  if (metrics.length > shown.length) blocks.push(context(m.moreMetrics(metrics.length - shown.length)));
  blocks.push(
    actions([
      button(m.buttonAdd, METRIC_IDS.listAdd, undefined, 'primary'),
      ...(metrics.length > 0 ? [button(m.buttonCheckin, METRIC_IDS.listCheckin)] : []),
    ]),
  );
  return { text: m.listHeading(escapeMrkdwn(strategy.name)), blocks };
}

/** The channel's announcement of a metric just added, in the strategy's language. */
export function metricAddedText(strategy: Strategy, metric: Metric, addedBy: string): string {
  const language = strategy.language;
  const n = (x: number) => formatNumber(x, language);
  const unit = metric.unit ? ` ${escapeMrkdwn(metric.unit)}` : '';
  return messages(language).metrics.created(
    addedBy,
    escapeMrkdwn(metric.name),
    `${n(metric.baseline)}${unit}`,
    `${n(metric.target)}${unit}`,
    formatLocalDate(language, metric.targetDate),
    metric.ownerId,
  );
}

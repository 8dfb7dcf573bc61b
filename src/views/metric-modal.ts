import type { View } from '@slack/types';
import {
  DIRECTIONS,
  METRIC_NAME_MAX,
  METRIC_UNIT_MAX,
  type Metric,
  type MetricField,
  type MetricProblem,
} from '../domain/metric.js';
import { inputNumber } from '../domain/numbers.js';
import { CADENCES } from '../domain/periods.js';
import type { Language } from '../domain/strategy.js';
import { messages } from '../i18n/index.js';
import { dateInput, modal, option, radioInput, textInput, userInput } from './blocks.js';
import { METRIC_IDS } from './ids.js';

export interface MetricModalMetadata {
  strategyId: string;
  channelId: string;
  /** Present when editing. */
  metricId?: string;
}

const B = METRIC_IDS.blocks;

/** The metric modal: empty for `metric add`, prefilled for an edit. */
export function metricModal(
  language: Language,
  meta: MetricModalMetadata,
  options: { metric?: Metric; defaultOwner?: string },
): View {
  const m = messages(language).metrics;
  const metric = options.metric;
  const number = (n: number | undefined) => (n === undefined ? undefined : inputNumber(n, language));
  return modal({
    callbackId: metric ? METRIC_IDS.editView : METRIC_IDS.addView,
    title: metric ? m.modalTitleEdit : m.modalTitleAdd,
    submit: m.save,
    close: m.cancel,
    privateMetadata: JSON.stringify(meta),
    blocks: [
      textInput({
        blockId: B.name,
        actionId: METRIC_IDS.input,
        label: m.name,
        initial: metric?.name,
        maxLength: METRIC_NAME_MAX,
        placeholder: m.namePlaceholder,
      }),
      textInput({
        blockId: B.unit,
        actionId: METRIC_IDS.input,
        label: m.unit,
        hint: m.unitHint,
        optional: true,
        initial: metric?.unit,
        maxLength: METRIC_UNIT_MAX,
      }),
      textInput({
        blockId: B.baseline,
        actionId: METRIC_IDS.input,
        label: m.baseline,
        hint: m.numberHint,
        initial: number(metric?.baseline),
      }),
      textInput({
        blockId: B.target,
        actionId: METRIC_IDS.input,
        label: m.target,
        initial: number(metric?.target),
      }),
      dateInput({
        blockId: B.targetDate,
        actionId: METRIC_IDS.input,
        label: m.targetDate,
        initial: metric?.targetDate,
      }),
      userInput({
        blockId: B.ownerId,
        actionId: METRIC_IDS.input,
        label: m.owner,
        initial: metric?.ownerId ?? options.defaultOwner,
      }),
      oneOf(B.direction, m.direction, DIRECTIONS, m.directionName, metric?.direction ?? 'up'),
      oneOf(B.cadence, m.cadence, CADENCES, m.cadenceName, metric?.cadence ?? 'weekly'),
    ],
  });
}

/** Radio buttons for one of a few fixed values, each shown by its name in the language. */
function oneOf<T extends string>(
  blockId: string,
  label: string,
  values: readonly T[],
  names: Record<T, string>,
  initial: T,
) {
  const options = values.map((v) => option(names[v], v));
  return radioInput({ blockId, actionId: METRIC_IDS.input, label, options, initial });
}

/** Validation problems as `response_action: errors` wants them: block id → message. */
export function metricModalErrors(
  language: Language,
  problems: Partial<Record<MetricField, MetricProblem>>,
): Record<string, string> {
  const p = messages(language).metrics.problems;
  const text: Record<MetricProblem, (field: MetricField) => string> = {
    required: () => p.required,
    too_long: (field) => p.tooLong(field === 'unit' ? METRIC_UNIT_MAX : METRIC_NAME_MAX),
    duplicate: () => p.duplicate,
    not_a_number: () => p.notANumber,
    same_as_baseline: () => p.sameAsBaseline,
    not_a_date: () => p.notADate,
    date_in_past: () => p.dateInPast,
  };
  const errors: Record<string, string> = {};
  for (const [field, problem] of Object.entries(problems) as [MetricField, MetricProblem][])
    errors[B[field]] = text[problem](field);
  return errors;
}

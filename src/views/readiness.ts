import type { ActionsBlock, KnownBlock, StaticSelect } from '@slack/types';
import { formatDateIn } from '../domain/dates.js';
import { QUESTION_KEYS, type QuestionKey } from '../domain/method.js';
import { type Gap, gapsByPhase, type ReadinessSummary, type Reason } from '../domain/readiness.js';
import type { Language } from '../domain/strategy.js';
import { type Messages, messages } from '../i18n/index.js';
import { button, context, header, type Message, option, plain, section } from './blocks.js';
import { escapeMrkdwn } from './escape.js';
import { ASSESSMENT_IDS } from './ids.js';

function list(m: Messages, questions: readonly QuestionKey[]): string {
  return questions.map((q) => m.assessment.short[q]).join(', ');
}

export function reasonText(m: Messages, reason: Reason): string {
  const r = m.assessment.reasons;
  switch (reason.code) {
    case 'why_missing':
      return r.whyMissing;
    case 'low_score':
      return r.lowScore(reason.score, reason.threshold);
    case 'missing_answers':
      return r.missingAnswers(list(m, reason.questions));
    case 'many_partials':
      return r.manyPartials(list(m, reason.questions));
    case 'all_clear':
      return r.allClear;
    case 'few_partials':
      return r.fewPartials(list(m, reason.questions));
    case 'reach_no':
      return r.reachNo;
    case 'reach_partly':
      return r.reachPartly;
    case 'resources_no':
      return r.resourcesNo;
    case 'resources_partly':
      return r.resourcesPartly;
    case 'commitment_no':
      return r.commitmentNo;
    case 'commitment_partly':
      return r.commitmentPartly;
    case 'judgements_missing':
      return r.judgementsMissing;
  }
}

/** What a Revise button or option names: the strategy, and a question or the three judgements. */
export type ReviseTarget = QuestionKey | 'judgements';

export function reviseValue(strategyId: string, target: ReviseTarget): string {
  return JSON.stringify({ s: strategyId, q: target });
}

/** A select of every question and the judgements: picking one opens it alone in a small window. */
function revisePicker(m: Messages, strategyId: string): StaticSelect {
  return {
    type: 'static_select',
    action_id: ASSESSMENT_IDS.revisePick,
    placeholder: plain(m.assessment.revisePick),
    options: [
      ...QUESTION_KEYS.map((q) => option(m.assessment.short[q], reviseValue(strategyId, q))),
      option(m.assessment.reviseJudgementsOption, reviseValue(strategyId, 'judgements')),
    ],
  };
}

function analysisActions(m: Messages, strategyId: string, extra: ActionsBlock['elements'] = []): KnownBlock {
  return {
    type: 'actions',
    elements: [
      ...extra,
      button(m.assessment.openAnalysis, ASSESSMENT_IDS.open, strategyId),
      revisePicker(m, strategyId),
    ],
  };
}

function isAddressed(summary: ReadinessSummary, gap: Gap): boolean {
  return summary.addressed.includes(gap.question);
}

/** One line per phase that has work to do, naming the answers it has to settle; addressed ones say so. */
function gapLines(m: Messages, summary: ReadinessSummary): string[] {
  const a = m.assessment;
  return gapsByPhase(summary.readiness.gaps).map(({ phase, gaps }) =>
    a.gapLine(
      m.phases[phase].name,
      gaps
        .map((g) => {
          const item = a.gapItem(a.short[g.question], a.ratings[g.rating]);
          return isAddressed(summary, g)
            ? `${item} :white_check_mark: ${a.addressedBy(m.phases[phase].name)}`
            : item;
        })
        .join(', '),
    ),
  );
}

function updatedLine(m: Messages, language: Language, summary: ReadinessSummary, timeZone: string): string {
  return m.assessment.updated(
    summary.updatedBy,
    formatDateIn(language, summary.updatedAt, timeZone),
    summary.revision,
  );
}

function judgementsText(m: Messages, summary: ReadinessSummary): string {
  const a = m.assessment;
  const j = summary.judgements;
  return [
    a.judgementsHeading,
    ...(['reach', 'resources', 'commitment'] as const).map((key) =>
      a.judgementLine(a.judgements[key].short, j[key] ? a.judgementValues[j[key]] : a.notJudged),
    ),
  ].join('\n');
}

/**
 * Posted to the channel after a save: the verdict and why, each gap on its own line with the
 * phase that closes it and a button to revise that answer alone, and the three judgements.
 * `lead` says what changed when only one answer was revised.
 */
export function readinessMessage(
  language: Language,
  strategy: { id: string; name: string; timeZone: string },
  summary: ReadinessSummary,
  lead?: string,
): Message {
  const m = messages(language);
  const a = m.assessment;
  const { readiness } = summary;
  const verdict = a.verdicts[readiness.verdict];
  const revise = (target: ReviseTarget) =>
    button(a.revise, ASSESSMENT_IDS.revise, reviseValue(strategy.id, target));
  const gaps: KnownBlock[] = readiness.gaps.map((g) => {
    const phase = m.phases[g.phase].name;
    const rating = a.ratings[g.rating];
    const text = isAddressed(summary, g)
      ? a.addressedRow(a.short[g.question], rating, phase)
      : a.gapRow(a.short[g.question], rating, phase);
    return { ...section(text), accessory: revise(g.question) } as KnownBlock;
  });
  return {
    text: `${lead ? `${lead} ` : ''}${a.summaryTitle(escapeMrkdwn(strategy.name))} — ${verdict} (${readiness.score}/${readiness.maxScore})`,
    blocks: [
      header(a.summaryTitle(strategy.name)),
      ...(lead ? [context(lead)] : []),
      section(
        `*${a.headlines[readiness.verdict]}*\n${a.verdictLine(verdict, readiness.score, readiness.maxScore)}\n${a.verdictSummaries[readiness.verdict]}`,
      ),
      section(`${a.reasonsHeading}\n${readiness.reasons.map((r) => `• ${reasonText(m, r)}`).join('\n')}`),
      section(gaps.length > 0 ? a.gapsHeading : a.noGaps),
      ...gaps,
      ...(summary.addressed.length > 0 ? [context(a.addressedHint)] : []),
      { ...section(judgementsText(m, summary)), accessory: revise('judgements') } as KnownBlock,
      context(updatedLine(m, language, summary, strategy.timeZone)),
      analysisActions(m, strategy.id, [
        button(a.assignButton, ASSESSMENT_IDS.assignOwners, undefined, 'primary'),
      ]),
    ],
  };
}

/** The readiness part of `status`: the verdict, why, the gaps by phase, and the way to revise. */
export function readinessStatusBlocks(
  language: Language,
  strategy: { id: string; timeZone: string },
  summary: ReadinessSummary,
): KnownBlock[] {
  const m = messages(language);
  const { readiness } = summary;
  const lines = [
    m.assessment.statusLine(m.assessment.verdicts[readiness.verdict], readiness.score, readiness.maxScore),
    ...readiness.reasons.map((r) => `• ${reasonText(m, r)}`),
    ...gapLines(m, summary),
  ];
  return [
    section(lines.join('\n')),
    context(updatedLine(m, language, summary, strategy.timeZone)),
    analysisActions(m, strategy.id),
  ];
}

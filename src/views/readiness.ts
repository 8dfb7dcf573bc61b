import type { KnownBlock } from '@slack/types';
import { formatDateIn } from '../domain/dates.js';
import type { QuestionKey } from '../domain/method.js';
import { gapsByPhase, type ReadinessSummary, type Reason } from '../domain/readiness.js';
import type { Language } from '../domain/strategy.js';
import { type Messages, messages } from '../i18n/index.js';
import { actions, button, context, header, type Message, section } from './blocks.js';
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
  }
}

/** One line per phase that has work to do, naming the answers it has to settle. */
function gapLines(m: Messages, summary: ReadinessSummary): string[] {
  return gapsByPhase(summary.readiness.gaps).map(({ phase, gaps }) =>
    m.assessment.gapLine(
      m.phases[phase].name,
      gaps
        .map((g) => m.assessment.gapItem(m.assessment.short[g.question], m.assessment.ratings[g.rating]))
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

/** Posted to the channel after a save: the picture, why, and the work each gap turns into. */
export function readinessMessage(
  language: Language,
  strategy: { name: string; timeZone: string },
  summary: ReadinessSummary,
): Message {
  const m = messages(language);
  const { readiness } = summary;
  const verdict = m.assessment.verdicts[readiness.verdict];
  const gaps = gapLines(m, summary);
  return {
    text: `${m.assessment.summaryTitle(escapeMrkdwn(strategy.name))} — ${verdict} (${readiness.score}/${readiness.maxScore})`,
    blocks: [
      header(m.assessment.summaryTitle(strategy.name)),
      section(m.assessment.verdictLine(verdict, readiness.score, readiness.maxScore)),
      section(
        `${m.assessment.reasonsHeading}\n${readiness.reasons.map((r) => `• ${reasonText(m, r)}`).join('\n')}`,
      ),
      section(gaps.length > 0 ? `${m.assessment.gapsHeading}\n${gaps.join('\n')}` : m.assessment.noGaps),
      context(updatedLine(m, language, summary, strategy.timeZone)),
      actions([button(m.assessment.assignButton, ASSESSMENT_IDS.assignOwners, undefined, 'primary')]),
    ],
  };
}

/** The readiness part of `status`. */
export function readinessStatusBlocks(
  language: Language,
  summary: ReadinessSummary,
  timeZone: string,
): KnownBlock[] {
  const m = messages(language);
  const { readiness } = summary;
  const lines = [
    m.assessment.statusLine(m.assessment.verdicts[readiness.verdict], readiness.score, readiness.maxScore),
    ...readiness.reasons.map((r) => `• ${reasonText(m, r)}`),
    ...gapLines(m, summary),
  ];
  return [section(lines.join('\n')), context(updatedLine(m, language, summary, timeZone))];
}

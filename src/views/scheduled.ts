import type { KnownBlock } from '@slack/types';
import { formatLocalDate } from '../domain/dates.js';
import type { DigestData, DigestPhaseItem } from '../domain/digest.js';
import { PHASE_KEYS, type PhaseKey, type QuestionKey } from '../domain/method.js';
import type { DueCheckin } from '../domain/reporting.js';
import type { Language, Strategy } from '../domain/strategy.js';
import { messages } from '../i18n/index.js';
import { actions, button, context, divider, header, type Message, section } from './blocks.js';
import { digestMetric } from './digest-metrics.js';
import { escapeMrkdwn } from './escape.js';
import { ASSESSMENT_IDS, SCHEDULE_IDS } from './ids.js';
import { ownerLeftBlocks } from './owner-left.js';
import { formatPeriod } from './periods.js';
import { quietChannelsText } from './phase-content.js';

// The messages the scheduler posts. Lists are cut so a digest stays well inside one message's
// 50 blocks and a section's 3000 characters, however large the strategy grows.
const MAX_LINES = 10;
// Each metric is a section of its own (its trend, change, latest note and who has not reported).
const MAX_METRICS = 12;

type M = ReturnType<typeof messages>;

function phaseName(m: M, key: string): string {
  return (m.phases as Record<string, { name: string }>)[key as PhaseKey]?.name ?? key;
}

function lines(m: M, items: string[]): string {
  const shown = items.slice(0, MAX_LINES);
  if (items.length > MAX_LINES) shown.push(m.digest.more(items.length - MAX_LINES));
  return shown.join('\n');
}

function phaseLines(m: M, language: Language, heading: string, items: DigestPhaseItem[]): string {
  return `${heading}\n${lines(
    m,
    items.map((p) => m.digest.phaseLine(phaseName(m, p.phase), p.ownerId, formatLocalDate(language, p.due))),
  )}`;
}

function questionName(m: M, key: string): string {
  return (m.assessment.short as Record<string, string>)[key as QuestionKey] ?? key;
}

/**
 * The open gaps in brief: the short names of the answers each phase has to settle, one line per
 * phase, then those a finished phase has addressed. The answers themselves are one click away.
 */
function gapLines(m: M, gaps: NonNullable<DigestData['readinessGaps']>): string {
  const byPhase = (addressed: boolean) => {
    const phases = new Map<string, string[]>();
    for (const g of gaps.filter((x) => x.addressed === addressed))
      phases.set(g.phase, [...(phases.get(g.phase) ?? []), questionName(m, g.question)]);
    const order = (phase: string) => PHASE_KEYS.indexOf(phase as PhaseKey);
    return [...phases].sort(([a], [b]) => order(a) - order(b));
  };
  return [
    ...byPhase(false).map(([phase, qs]) => m.assessment.digestGapLine(phaseName(m, phase), qs.join(', '))),
    ...byPhase(true).map(([phase, qs]) =>
      m.assessment.digestAddressedLine(qs.join(', '), phaseName(m, phase)),
    ),
  ].join('\n');
}

export function digestMessage(data: DigestData): Message {
  const m = messages(data.language);
  const title = (name: string) => m.digest.title[data.frequency ?? 'weekly'](name);
  const blocks = [header(title(data.strategyName))];
  let any = false;
  if (data.phases) {
    any = true;
    blocks.push(section(m.digest.phasesDone(data.phases.done, data.phases.total)));
    if (data.phases.overdue.length > 0)
      blocks.push(section(phaseLines(m, data.language, m.digest.overdue, data.phases.overdue)));
    if (data.phases.dueSoon.length > 0)
      blocks.push(section(phaseLines(m, data.language, m.digest.dueSoon, data.phases.dueSoon)));
  }
  if (data.readinessGaps && data.readinessGaps.length > 0) {
    any = true;
    blocks.push({
      ...section(`${m.assessment.digestGaps}\n${gapLines(m, data.readinessGaps)}`),
      accessory: button(m.assessment.openAnalysis, ASSESSMENT_IDS.open, data.strategyId),
    } as KnownBlock);
  }
  if (data.metrics && data.metrics.length > 0) {
    any = true;
    blocks.push(section(m.digest.metrics));
    const shown = data.metrics.slice(0, MAX_METRICS);
    for (const x of shown) blocks.push(section(digestMetric(x, data.language)));
    if (data.metrics.length > shown.length)
      blocks.push(context(m.digest.more(data.metrics.length - shown.length)));
  }
  const quiet = quietChannelsText(data.language, data.quietChannels ?? [], MAX_LINES);
  if (quiet) {
    any = true;
    blocks.push(section(quiet));
  }
  if (data.ownerLeft && data.ownerLeft.length > 0) {
    any = true;
    blocks.push(
      ...ownerLeftBlocks(
        data.language,
        data.strategyId,
        data.ownerLeft,
        m.ownerLeft.heading(data.ownerLeft.length),
      ),
    );
  }
  if (!any) blocks.push(context(m.digest.nothingYet));
  blocks.push(divider());
  blocks.push(
    actions([
      button(m.digest.reportMetrics, SCHEDULE_IDS.digestReportMetrics, data.strategyId, 'primary'),
      button(m.digest.openStatus, SCHEDULE_IDS.digestOpenStatus),
    ]),
  );
  return { text: title(escapeMrkdwn(data.strategyName)), blocks };
}

// The check-in buttons carry the strategy's id: the reminder arrives in a DM, where the channel
// cannot tell which strategy is meant.
/** The prompt in the channel: the metrics asked for, each with its period and owner. */
export function checkinPromptMessage(
  language: Language,
  strategy: Pick<Strategy, 'id' | 'name'>,
  due: DueCheckin[],
): Message {
  const m = messages(language);
  const c = m.checkins;
  const text = c.prompt(escapeMrkdwn(strategy.name));
  const items = due.map((d) =>
    c.promptLine(escapeMrkdwn(d.name), formatPeriod(language, d.period), d.ownerId),
  );
  return {
    text,
    blocks: [
      section(`${text}\n${checkinLines(c, items)}`),
      actions([button(m.checkin.promptButton, SCHEDULE_IDS.checkinOpen, strategy.id, 'primary')]),
    ],
  };
}

/** The reminder to one owner: their metrics still asked for. */
export function checkinReminderMessage(
  language: Language,
  strategy: Pick<Strategy, 'id' | 'name' | 'channelId'>,
  due: DueCheckin[],
): Message {
  const m = messages(language);
  const c = m.checkins;
  const text = c.reminder(escapeMrkdwn(strategy.name), strategy.channelId);
  const items = due.map((d) => c.reminderLine(escapeMrkdwn(d.name), formatPeriod(language, d.period)));
  return {
    text,
    blocks: [
      section(`${text}\n${checkinLines(c, items)}`),
      actions([button(m.checkin.promptButton, SCHEDULE_IDS.checkinOpen, strategy.id)]),
    ],
  };
}

function checkinLines(c: M['checkins'], items: string[]): string {
  const shown = items.slice(0, MAX_LINES);
  if (items.length > MAX_LINES) shown.push(c.more(items.length - MAX_LINES));
  return shown.join('\n');
}

/** The DM an admin gets when a schedule pauses itself on a permanent Slack error. */
export function pausedNoticeMessage(
  language: Language,
  kind: string,
  channelId: string,
  error: string,
): Message {
  const m = messages(language);
  const text = m.schedule.pausedNotice(
    m.schedule.kindName[kind] ?? kind,
    channelId,
    m.schedule.errorReason[error] ?? error,
  );
  return { text, blocks: [section(text)] };
}

import type { DigestData, DigestPhaseItem, OwnerNudge } from '../domain/digest.js';
import type { PhaseKey, QuestionKey } from '../domain/method.js';
import type { Language } from '../domain/strategy.js';
import { messages } from '../i18n/index.js';
import { SCHEDULE_IDS } from '../slack/ids.js';
import { actions, button, context, divider, header, type Message, section } from './blocks.js';

// The messages the scheduler posts. Lists are cut so a digest stays well inside one message's
// 50 blocks and a section's 3000 characters, however large the strategy grows.
const MAX_LINES = 10;

type M = ReturnType<typeof messages>;

function phaseName(m: M, key: string): string {
  return (m.phases as Record<string, { name: string }>)[key as PhaseKey]?.name ?? key;
}

function lines(m: M, items: string[]): string {
  const shown = items.slice(0, MAX_LINES);
  if (items.length > MAX_LINES) shown.push(m.digest.more(items.length - MAX_LINES));
  return shown.join('\n');
}

function phaseLines(m: M, heading: string, items: DigestPhaseItem[]): string {
  return `${heading}\n${lines(
    m,
    items.map((p) => m.digest.phaseLine(phaseName(m, p.phase), p.ownerId, p.due)),
  )}`;
}

export function digestMessage(data: DigestData): Message {
  const m = messages(data.language);
  const blocks = [header(m.digest.title(data.strategyName))];
  let any = false;
  if (data.phases) {
    any = true;
    blocks.push(section(m.digest.phasesDone(data.phases.done, data.phases.total)));
    if (data.phases.overdue.length > 0)
      blocks.push(section(phaseLines(m, m.digest.overdue, data.phases.overdue)));
    if (data.phases.dueSoon.length > 0)
      blocks.push(section(phaseLines(m, m.digest.dueSoon, data.phases.dueSoon)));
  }
  if (data.readinessGaps && data.readinessGaps.length > 0) {
    any = true;
    const gaps = data.readinessGaps.map((g) =>
      m.digest.gapLine(
        (m.questions as Record<string, string>)[g.question as QuestionKey] ?? g.question,
        phaseName(m, g.phase),
      ),
    );
    blocks.push(section(`${m.digest.gaps}\n${lines(m, gaps)}`));
  }
  if (data.metrics && data.metrics.length > 0) {
    any = true;
    const metrics = data.metrics.map((x) =>
      m.digest
        .metricLine(
          x.name,
          x.latest === null ? m.digest.noValue : `${x.latest} ${x.unit}`.trim(),
          `${x.target} ${x.unit}`.trim(),
          m.digest.trend[x.trend] ?? '',
        )
        .trimEnd(),
    );
    blocks.push(section(`${m.digest.metrics}\n${lines(m, metrics)}`));
  }
  if (!any) blocks.push(context(m.digest.nothingYet));
  blocks.push(divider());
  blocks.push(
    actions([
      button(m.digest.reportMetrics, SCHEDULE_IDS.digestReportMetrics, undefined, 'primary'),
      button(m.digest.openStatus, SCHEDULE_IDS.digestOpenStatus),
    ]),
  );
  return { text: m.digest.title(data.strategyName), blocks };
}

export function checkinPromptMessage(language: Language, strategyName: string): Message {
  const m = messages(language);
  return {
    text: m.checkin.prompt(strategyName),
    blocks: [
      section(m.checkin.prompt(strategyName)),
      actions([button(m.checkin.promptButton, SCHEDULE_IDS.checkinOpen, undefined, 'primary')]),
    ],
  };
}

export function checkinReminderMessage(language: Language, strategyName: string, channelId: string): Message {
  const m = messages(language);
  const text = m.checkin.reminder(strategyName, channelId);
  return {
    text,
    blocks: [section(text), actions([button(m.checkin.promptButton, SCHEDULE_IDS.checkinOpen)])],
  };
}

export function nudgeMessage(language: Language, strategyName: string, nudge: OwnerNudge): Message {
  const m = messages(language);
  const items = [
    ...nudge.overdue.map((p) => m.nudge.overdue(phaseName(m, p.phase), p.due ?? '')),
    ...nudge.dueSoon.map((p) => m.nudge.dueSoon(phaseName(m, p.phase), p.due ?? '')),
  ];
  const title = m.nudge.title(strategyName);
  return { text: title, blocks: [section(`${title}\n${lines(m, items)}`)] };
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

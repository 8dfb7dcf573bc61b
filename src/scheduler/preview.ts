import type { WebClient } from '@slack/web-api';
import { localDateTime } from '../domain/dates.js';
import { catchUpSlot, decideSlot, type ScheduleKind } from '../domain/schedule.js';
import type { Strategy } from '../domain/strategy.js';
import { findDueSchedules, listSchedules, type Schedule } from '../storage/schedules.js';
import { findStrategyById } from '../storage/strategies.js';
import type { Message } from '../views/blocks.js';
import { render } from './delivery.js';
import { HistoryLimits } from './lookup.js';
import type { Pass, SchedulerDeps } from './pass.js';
import { recipients } from './slot.js';

/** One message a scheduler pass would send. */
export interface PreviewItem {
  kind: ScheduleKind;
  teamId: string;
  strategyId: string;
  channelId: string;
  recipient: string;
  /** The slot it belongs to, and that instant in the schedule's zone (YYYY-MM-DD HH:MM). */
  slotAt: number;
  timeZone: string;
  localTime: string;
  message: Message;
}

export interface PreviewScope {
  teamId: string;
  /** One strategy of the workspace; all of them when left out. */
  strategyId?: string;
  kinds?: readonly ScheduleKind[];
}

/** More due schedules than one preview lists would be a fan-out no one reads on a terminal. */
const MAX_SCHEDULES = 10_000;

/**
 * The slot a pass at `at` sends for this schedule, as runSlot decides it: its due slot when within
 * the grace period, else the latest missed one still within it; undefined when the pass would
 * only skip.
 */
function slotSent(s: Schedule, at: number): number | undefined {
  if (decideSlot(s.nextRunAt, at) === 'send') return s.nextRunAt;
  const target = catchUpSlot(s, s.nextRunAt, at);
  return target <= at ? target : undefined;
}

/**
 * Every message a scheduler pass at `at` would send, sending nothing and changing nothing: the
 * schedules due then, their recipients and their messages, each through the same functions the
 * pass uses, so whatever a pass sends shows here. Without a client nothing asks Slack: a person's
 * language comes from what the app has stored. Claims a pass would retry (an earlier slot whose
 * send failed) are not in it.
 */
export async function previewPass(
  deps: SchedulerDeps,
  at: Date,
  scope?: PreviewScope,
  client?: WebClient,
): Promise<PreviewItem[]> {
  const { db } = deps;
  const time = at.getTime();
  const schedules = scope?.strategyId
    ? (await listSchedules(db, { teamId: scope.teamId }, scope.strategyId)).filter(
        (s) => s.enabled && !s.paused && s.nextRunAt <= time,
      )
    : (await findDueSchedules(db, time, MAX_SCHEDULES)).filter((s) => !scope || s.teamId === scope.teamId);
  const pass: Pass = {
    deps: { ...deps, clock: { now: () => new Date(time) } },
    log: deps.logger,
    result: { claimed: 0, sent: 0, skipped: 0, failed: 0 },
    contended: false,
    history: new HistoryLimits(),
  };
  const strategies = new Map<string, Strategy | undefined>();
  const items: PreviewItem[] = [];
  for (const s of schedules) {
    if (scope?.kinds && !scope.kinds.includes(s.kind)) continue;
    const slotAt = slotSent(s, time);
    if (slotAt === undefined) continue;
    if (!strategies.has(s.strategyId))
      strategies.set(s.strategyId, await findStrategyById(db, { teamId: s.teamId }, s.strategyId));
    const strategy = strategies.get(s.strategyId);
    if (!strategy || strategy.state === 'archived') continue;
    const slot = { ...s, nextRunAt: slotAt };
    for (const recipient of await recipients(pass, slot, strategy, at)) {
      const message = await render(pass, client, slot, strategy, { teamId: s.teamId, recipient }, at);
      if (!message) continue;
      items.push({
        kind: s.kind,
        teamId: s.teamId,
        strategyId: strategy.id,
        channelId: strategy.channelId,
        recipient,
        slotAt,
        timeZone: s.timeZone,
        localTime: localDateTime(slotAt, s.timeZone),
        message,
      });
    }
  }
  return items;
}

import { parseArgs } from 'node:util';
import { type Clock, systemClock } from './clock.js';
import { ConfigError } from './config.js';
import type { Logger } from './logger.js';
import { strategyPlan } from './services/plan.js';
import type { Db } from './storage/db.js';
import { findStrategyByChannel } from './storage/strategies.js';
import { isPlanFormat, renderPlan } from './views/plan.js';
import { planPdf } from './views/plan-pdf.js';

export const PLAN_USAGE = 'usage: npm run cli -- plan --team T --channel C [--format md|json|pdf]';

/** The system clock, or the instant SMSTRATEGY_NOW names (ISO 8601), e.g. to reproduce an earlier file. */
export function clockFromEnv(env: NodeJS.ProcessEnv): Clock {
  const fixed = env.SMSTRATEGY_NOW;
  if (!fixed) return systemClock;
  const at = new Date(fixed);
  if (Number.isNaN(at.getTime()))
    throw new ConfigError(`SMSTRATEGY_NOW is not an instant: "${fixed}" (use e.g. 2026-12-02T10:00:00Z)`);
  return { now: () => new Date(at) };
}

export type PlanCommandResult = { code: 0; output: string | Buffer } | { code: 1 | 2; error: string };

/**
 * `plan`: the channel's documented plan from the database alone, through the same service and
 * renderer as `/smstrategy plan`, so with the same data and date the output is the posted file.
 * People are named as the app last saw them in Slack; someone it never saw shows as their id.
 */
export async function planCommand(
  db: Db,
  argv: string[],
  clock: Clock,
  logger: Logger,
): Promise<PlanCommandResult> {
  let values: { team?: string; channel?: string; format?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        team: { type: 'string' },
        channel: { type: 'string' },
        format: { type: 'string', default: 'md' },
      },
      allowPositionals: false,
    }));
  } catch (err) {
    return { code: 2, error: `${err instanceof Error ? err.message : String(err)}\n${PLAN_USAGE}` };
  }
  const { team, channel, format } = values;
  if (!team || !channel) return { code: 2, error: PLAN_USAGE };
  if (!isPlanFormat(format)) return { code: 2, error: `unknown format: ${format}\n${PLAN_USAGE}` };
  const strategy = await findStrategyByChannel(db, { teamId: team }, channel);
  if (!strategy) return { code: 1, error: `no strategy in channel ${channel} of workspace ${team}` };
  const doc = await strategyPlan({ db, clock, logger }, strategy);
  if (format === 'pdf') return { code: 0, output: await planPdf(doc, clock.now()) };
  return { code: 0, output: renderPlan(doc, format) };
}

import type { KnownBlock } from '@slack/types';
import { formatDateIn } from '../domain/dates.js';
import type { Language } from '../domain/strategy.js';
import { messages } from '../i18n/index.js';
import type { StrategyHealth } from '../services/home.js';
import { actions, button, context, section } from './blocks.js';
import { escapeMrkdwn } from './escape.js';
import { STRATEGY_IDS as IDS } from './ids.js';

/**
 * Strategies per page of the lead's overview: three blocks each, so that a page, the viewer's own
 * phases and metrics and the rest of App Home stay well inside Slack's 100 blocks.
 */
export const LEAD_PAGE_SIZE = 8;

export interface LeadOverview {
  /** The strategies of this page, with their health. */
  health: StrategyHealth[];
  page: number;
  pages: number;
  /** A workspace admin sees every strategy (of the channels they may see), not only those they admin. */
  all: boolean;
}

export function leadHomeBlocks(language: Language, o: LeadOverview): KnownBlock[] {
  const m = messages(language);
  const t = m.leadHome;
  const blocks: KnownBlock[] = [section(o.all ? t.headingAll : t.heading)];
  for (const h of o.health) {
    const s = h.strategy;
    const verdict = h.verdict ? t.readiness(m.assessment.verdicts[h.verdict]) : t.verdictNone;
    const metrics = h.metricCount === 0 ? t.noMetrics : t.metrics(h.metricsOnTrack, h.metricsOffTrack);
    const checkin = h.lastCheckinAt
      ? t.lastCheckin(formatDateIn(language, h.lastCheckinAt, s.timeZone))
      : t.noCheckin;
    blocks.push(
      section(`*${escapeMrkdwn(s.name)}* · <#${s.channelId}>`),
      context(verdict, t.phases(h.phasesDone, h.phasesOverdue), metrics, checkin, t.schedule[s.state]),
      actions([
        button(t.status, IDS.homeStatus, s.id),
        button(t.settings, IDS.homeSettings, s.id),
        button(t.plan, IDS.homePlan, s.id),
      ]),
    );
  }
  if (o.pages > 1) {
    const paging = [
      ...(o.page > 0 ? [button(t.previous, IDS.homePage, String(o.page - 1))] : []),
      ...(o.page < o.pages - 1 ? [button(t.next, IDS.homePage, String(o.page + 1))] : []),
    ];
    blocks.push(context(t.page(o.page + 1, o.pages)), actions(paging));
  }
  return blocks;
}

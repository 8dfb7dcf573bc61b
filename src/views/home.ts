import type { KnownBlock, View } from '@slack/types';
import { COMMANDS } from '../domain/commands.js';
import type { LanguageChoice } from '../domain/language.js';
import type { OwnerLeftItem } from '../domain/owner-left.js';
import type { OwnedPhase } from '../domain/phases.js';
import type { Language, Strategy } from '../domain/strategy.js';
import { messages } from '../i18n/index.js';
import type { MetricOverview } from '../services/metrics.js';
import type { OwnedAction, OwnedChannel } from '../services/phase-content.js';
import { context, divider, header, section } from './blocks.js';
import { escapeMrkdwn } from './escape.js';
import { homeMetricsSection } from './home-metrics.js';
import { COMMAND } from './ids.js';
import { homeLanguageBlock } from './language.js';
import { type LeadOverview, leadHomeBlocks } from './lead-home.js';
import { ownerLeftBlocks } from './owner-left.js';
import { homeWorkBlocks } from './phase-content.js';
import { myPhasesHomeBlocks } from './phases.js';

/** What App Home shows of the user's own work; each feature adds its part. */
export interface HomeParts {
  /** The phases the user owns across the workspace's strategies. */
  phases?: OwnedPhase[];
  /** The metrics the user owns, with their latest values and trends. */
  metrics?: MetricOverview[];
  /** The open actions and the register's accounts the user owns. */
  actions?: OwnedAction[];
  channels?: OwnedChannel[];
  /** The viewer's own language, as its control shows it; `auto` when they have chosen none. */
  languageChoice?: LanguageChoice;
  /** The strategies the viewer leads, with their health; absent when they lead none. */
  lead?: LeadOverview;
  /** In the strategies the viewer runs: items whose owner left, to reassign. */
  ownerLeft?: { strategy: Strategy; items: OwnerLeftItem[] }[];
}

/** Strategies whose owner-left items App Home lists; with the other parts, inside its 100 blocks. */
const OWNER_LEFT_STRATEGIES = 2;

function ownerLeftHome(language: Language, parts: HomeParts): KnownBlock[] {
  const m = messages(language).ownerLeft;
  const listed = (parts.ownerLeft ?? []).filter((o) => o.items.length > 0).slice(0, OWNER_LEFT_STRATEGIES);
  return listed.flatMap(({ strategy, items }) => [
    divider(),
    ...ownerLeftBlocks(
      language,
      strategy.id,
      items,
      m.homeHeading(escapeMrkdwn(strategy.name), strategy.channelId),
    ),
  ]);
}

export function homeView(language: Language, strategies: Strategy[], parts: HomeParts = {}): View {
  const m = messages(language);
  const commands = COMMANDS.map(
    (name) => `\`${COMMAND} ${escapeMrkdwn(m.commands[name].usage)}\` — ${m.commands[name].description}`,
  );
  return {
    type: 'home',
    blocks: [
      header(m.help.title),
      section(m.help.intro),
      homeLanguageBlock(language, parts.languageChoice ?? 'auto'),
      ...ownerLeftHome(language, parts),
      ...(parts.lead && parts.lead.health.length > 0
        ? [divider(), ...leadHomeBlocks(language, parts.lead)]
        : []),
      ...(parts.phases ? [divider(), ...myPhasesHomeBlocks(language, parts.phases)] : []),
      ...homeMetricsSection(language, parts.metrics ?? []),
      ...homeWorkBlocks(language, { actions: parts.actions ?? [], channels: parts.channels ?? [] }),
      divider(),
      section(
        strategies.length === 0
          ? m.home.noStrategies
          : `${m.home.strategiesHeading}\n${strategies
              .slice(0, 40)
              .map((s) => `• <#${s.channelId}> — ${escapeMrkdwn(s.name)}`)
              .join('\n')}`,
      ),
      context(`${m.help.commandsHeading}\n${commands.join('\n')}`),
    ],
  };
}

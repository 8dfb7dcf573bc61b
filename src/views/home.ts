import type { View } from '@slack/types';
import { COMMANDS } from '../domain/commands.js';
import type { LanguageChoice } from '../domain/language.js';
import type { OwnedPhase } from '../domain/phases.js';
import type { Language, Strategy } from '../domain/strategy.js';
import { messages } from '../i18n/index.js';
import type { MetricOverview } from '../services/metrics.js';
import { context, divider, header, section } from './blocks.js';
import { escapeMrkdwn } from './escape.js';
import { homeMetricsSection } from './home-metrics.js';
import { COMMAND } from './ids.js';
import { homeLanguageBlock } from './language.js';
import { type LeadOverview, leadHomeBlocks } from './lead-home.js';
import { myPhasesHomeBlocks } from './phases.js';

/** What App Home shows of the user's own work; each feature adds its part. */
export interface HomeParts {
  /** The phases the user owns across the workspace's strategies. */
  phases?: OwnedPhase[];
  /** The metrics the user owns, with their latest values and trends. */
  metrics?: MetricOverview[];
  /** The viewer's own language, as its control shows it; `auto` when they have chosen none. */
  languageChoice?: LanguageChoice;
  /** The strategies the viewer leads, with their health; absent when they lead none. */
  lead?: LeadOverview;
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
      ...(parts.lead && parts.lead.health.length > 0
        ? [divider(), ...leadHomeBlocks(language, parts.lead)]
        : []),
      ...(parts.phases ? [divider(), ...myPhasesHomeBlocks(language, parts.phases)] : []),
      ...homeMetricsSection(language, parts.metrics ?? []),
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

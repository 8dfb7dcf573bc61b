import type { View } from '@slack/types';
import { COMMANDS } from '../domain/commands.js';
import type { Language, Strategy } from '../domain/strategy.js';
import { messages } from '../i18n/index.js';
import type { MetricOverview } from '../services/metrics.js';
import { COMMAND } from '../slack/ids.js';
import { context, divider, header, section } from './blocks.js';
import { homeMetricsSection } from './home-metrics.js';

export function homeView(language: Language, strategies: Strategy[], metrics: MetricOverview[] = []): View {
  const m = messages(language);
  const commands = COMMANDS.map(
    (name) => `\`${COMMAND} ${m.commands[name].usage}\` — ${m.commands[name].description}`,
  );
  return {
    type: 'home',
    blocks: [
      header(m.help.title),
      section(m.help.intro),
      divider(),
      section(
        strategies.length === 0
          ? m.home.noStrategies
          : `${m.home.strategiesHeading}\n${strategies
              .slice(0, 40)
              .map((s) => `• <#${s.channelId}> — ${s.name}`)
              .join('\n')}`,
      ),
      ...homeMetricsSection(language, metrics),
      context(`${m.help.commandsHeading}\n${commands.join('\n')}`),
    ],
  };
}

import {
  isLanguage,
  isLanguageChoice,
  type LanguageChoice,
  parseLanguageCommand,
} from '../../../domain/language.js';
import { canManageStrategy } from '../../../domain/permissions.js';
import type { Language } from '../../../domain/strategy.js';
import { messages } from '../../../i18n/index.js';
import { chooseLanguage, setStrategyLanguage } from '../../../services/languages.js';
import { strategyOfChannel } from '../../../services/strategies.js';
import { languageSettingsMessage, startedMessage } from '../../../views/language.js';
import { archivedRefusal, type CommandRequest, ephemeral, type Subcommand } from '../../command-request.js';
import type { SlackDeps } from '../../deps.js';

const other = (language: Language): Language => (language === 'fi' ? 'en' : 'fi');

/** `/smstrategy language`: both settings; `language fi|en`: the strategy's; `language me …`: the caller's. */
export const language: Subcommand = async (deps, req) => {
  const parsed = parseLanguageCommand(req.rest);
  switch (parsed.kind) {
    case 'show':
      return showLanguages(deps, req);
    case 'personal':
      return choosePersonal(deps, req, parsed.choice);
    case 'strategy':
      return chooseForStrategy(deps, req, parsed.language, 'announce');
    case 'invalid': {
      const m = messages(req.language).language;
      return ephemeral(req, `${m.unknown(parsed.word)} ${m.usage}`);
    }
  }
};

async function showLanguages(deps: SlackDeps, req: CommandRequest): Promise<void> {
  const strategy = await strategyOfChannel(deps, req.teamId, req.channelId);
  const [settings, actor] = await Promise.all([
    deps.languages.settings(req.client, req.teamId, req.userId, strategy),
    deps.users.actor(req.client, req.teamId, req.userId),
  ]);
  const canChange = strategy !== undefined && canManageStrategy(strategy, actor);
  const { chosen, slack } = settings;
  await ephemeral(req, languageSettingsMessage(settings.language, { strategy, canChange, chosen, slack }));
}

async function choosePersonal(deps: SlackDeps, req: CommandRequest, choice: LanguageChoice): Promise<void> {
  await chooseLanguage(deps, { teamId: req.teamId, userId: req.userId, choice });
  // Confirmed in the language the caller gets from now on, here.
  const now = await deps.languages.of(req.client, req.teamId, req.userId, { channelId: req.channelId });
  const m = messages(now).language;
  await req.respond({
    response_type: 'ephemeral',
    // A button of the settings message: the confirmation takes its place, as its buttons are stale.
    replace_original: req.value !== undefined,
    text: choice === 'auto' ? m.mineCleared : m.mineSet(choice),
  });
}

/**
 * The strategy's language, for its admins. The channel hears of a change: the command and the
 * settings' buttons announce it; the start confirmation's switch rewrites the confirmation itself.
 */
async function chooseForStrategy(
  deps: SlackDeps,
  req: CommandRequest,
  language: Language,
  how: 'announce' | 'rewrite',
): Promise<void> {
  const m = messages(req.language);
  const strategy = await strategyOfChannel(deps, req.teamId, req.channelId);
  if (!strategy) return ephemeral(req, m.errors.noStrategy);
  const privately = async (text: string) => {
    await req.respond({ response_type: 'ephemeral', replace_original: false, text });
  };
  if (strategy.state === 'archived') return privately(archivedRefusal(req.language, strategy));
  const actor = await deps.users.actor(req.client, req.teamId, req.userId);
  const result = await setStrategyLanguage(deps, strategy, actor, language);
  switch (result.kind) {
    case 'forbidden': {
      const admins = strategy.admins.map((u) => `<@${u}>`).join(', ');
      return privately(m.language.strategyForbidden(admins, language));
    }
    case 'unchanged':
      return privately(m.language.strategyUnchanged(language));
    case 'changed':
      await req.respond(
        how === 'rewrite'
          ? {
              response_type: 'in_channel',
              replace_original: true,
              ...startedMessage(result.strategy, strategy.createdBy),
            }
          : {
              response_type: 'in_channel',
              replace_original: false,
              text: messages(language).language.strategyChanged(req.userId, language, other(language)),
            },
      );
  }
}

/** Buttons of the settings message and of the start confirmation; each button's value is its choice. */
export const strategyLanguageButton: Subcommand = async (deps, req) => {
  if (isLanguage(req.value)) await chooseForStrategy(deps, req, req.value, 'announce');
};

export const startSwitchButton: Subcommand = async (deps, req) => {
  if (isLanguage(req.value)) await chooseForStrategy(deps, req, req.value, 'rewrite');
};

export const personalLanguageButton: Subcommand = async (deps, req) => {
  if (isLanguageChoice(req.value)) await choosePersonal(deps, req, req.value);
};

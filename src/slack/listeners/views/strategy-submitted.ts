import { isLanguage } from '../../../domain/language.js';
import { WEEKDAYS } from '../../../domain/schedule.js';
import type { Weekday } from '../../../domain/strategy.js';
import { resolveTimeZone } from '../../../domain/time-zones.js';
import { messages } from '../../../i18n/index.js';
import { deleteStrategy, type SettingsChange, saveSettings } from '../../../services/lifecycle.js';
import { MAX_STRATEGY_NAME } from '../../../services/strategies.js';
import { escapeMrkdwn } from '../../../views/escape.js';
import { STRATEGY_IDS as IDS } from '../../../views/ids.js';
import { type StrategyModalMetadata, settingsSavedText } from '../../../views/settings.js';
import { postForActor } from '../../after-ack.js';
import type { SlackDeps } from '../../deps.js';
import { publishHomes } from '../../home.js';
import { inputValue, type ViewValues } from '../../view-state.js';
import { mentionList } from '../commands/admin.js';
import { close, confirmInChannel, onSubmission, type Parsed, parsed, refuse } from './submission.js';

type Messages = ReturnType<typeof messages>;

function readSettings(values: ViewValues, m: Messages): Parsed<SettingsChange> {
  const errors: Record<string, string> = {};
  const change: SettingsChange = {};
  const name = inputValue(values, IDS.nameBlock, IDS.name)?.trim() ?? '';
  if (!name) errors[IDS.nameBlock] = m.settings.nameEmpty;
  else if (name.length > MAX_STRATEGY_NAME) errors[IDS.nameBlock] = m.settings.nameTooLong(MAX_STRATEGY_NAME);
  else change.name = name;
  const language = inputValue(values, IDS.languageBlock, IDS.language);
  if (isLanguage(language)) change.language = language;
  const typed = inputValue(values, IDS.timeZoneBlock, IDS.timeZone) ?? '';
  const zone = resolveTimeZone(typed);
  if (zone.kind === 'found') change.timeZone = zone.zone;
  else errors[IDS.timeZoneBlock] = m.schedule.invalidTimeZone(typed);
  const ticked = values[IDS.workingDaysBlock]?.[IDS.workingDays]?.selected_options ?? [];
  const days = ticked
    .map((o) => Number(o.value))
    .filter((d): d is Weekday => (WEEKDAYS as readonly number[]).includes(d));
  if (days.length === 0) errors[IDS.workingDaysBlock] = m.settings.noWorkingDays;
  else change.workingDays = days;
  return parsed(change, errors);
}

/** The settings window saved: its admins only, and not while the strategy is archived. */
export const makeSettingsSubmitted = (deps: SlackDeps) =>
  onSubmission<StrategyModalMetadata>(deps, async (s) => {
    const { strategy } = s;
    const m = messages(s.language);
    const form = readSettings(s.values, m);
    if (!form.ok) return refuse(form.errors);
    if (!strategy) return refuse({ [IDS.nameBlock]: m.lifecycle.gone });
    const actor = await deps.users.actor(s.client, s.teamId, s.userId);
    const result = await saveSettings(deps, strategy, actor, form.value);
    switch (result.kind) {
      case 'gone':
        return refuse({ [IDS.nameBlock]: m.lifecycle.gone });
      case 'forbidden':
        return refuse({ [IDS.nameBlock]: m.lifecycle.forbidden(mentionList(strategy.admins)) });
      case 'archived':
        return refuse({ [IDS.nameBlock]: m.lifecycle.archivedRefusal(strategy.name) });
      case 'invalid_name':
        return refuse({ [IDS.nameBlock]: m.settings.nameTooLong(MAX_STRATEGY_NAME) });
      case 'unchanged':
        return close();
      case 'saved':
        return close(async () => {
          await confirmInChannel(deps, s, result.strategy, settingsSavedText(s.language, result.strategy));
          await publishHomes(deps, s.client, s.teamId, [s.userId, ...result.strategy.admins]);
        });
    }
  });

/** The delete confirmation: the strategy's name typed, by one of its admins; archived ones too. */
export const makeDeleteSubmitted = (deps: SlackDeps) =>
  onSubmission<StrategyModalMetadata>(
    deps,
    async (s) => {
      const { strategy } = s;
      const m = messages(s.language);
      if (!strategy) return refuse({ [IDS.deleteNameBlock]: m.lifecycle.gone });
      const typed = inputValue(s.values, IDS.deleteNameBlock, IDS.deleteName) ?? '';
      const actor = await deps.users.actor(s.client, s.teamId, s.userId);
      const result = await deleteStrategy(deps, strategy, actor, typed);
      switch (result.kind) {
        case 'gone':
          return refuse({ [IDS.deleteNameBlock]: m.lifecycle.gone });
        case 'forbidden':
          return refuse({ [IDS.deleteNameBlock]: m.lifecycle.forbidden(mentionList(strategy.admins)) });
        case 'wrong_name':
          return refuse({ [IDS.deleteNameBlock]: m.lifecycle.deleteWrongName });
        case 'deleted':
          return close(async () => {
            const name = escapeMrkdwn(strategy.name);
            const text = messages(strategy.language).lifecycle.deleted(s.userId, name);
            await postForActor(
              deps.logger,
              s,
              { channelId: strategy.channelId, saved: m.lifecycle.deletedPrivately(name) },
              () => s.client.chat.postMessage({ channel: strategy.channelId, text }),
            );
            await publishHomes(deps, s.client, s.teamId, [s.userId, ...strategy.admins]);
          });
      }
    },
    undefined,
    { archivedToo: true },
  );

import type { View } from '@slack/types';
import { WEEKDAYS } from '../domain/schedule.js';
import { LANGUAGES, type Language, type Strategy, type Weekday } from '../domain/strategy.js';
import { messages } from '../i18n/index.js';
import { MAX_STRATEGY_NAME } from '../services/strategies.js';
import {
  checkboxInput,
  groupedSelectInput,
  modal,
  option,
  radioInput,
  section,
  textInput,
} from './blocks.js';
import { escapeMrkdwn } from './escape.js';
import { STRATEGY_IDS as IDS } from './ids.js';
import { zoneGroups } from './schedule-modal.js';

export interface StrategyModalMetadata {
  strategyId: string;
  channelId: string;
}

/**
 * The strategy's settings in one window. The time zone select is the schedule window's, the
 * strategy's own zone suggested first and the opener's after it.
 */
export function settingsModal(language: Language, strategy: Strategy, personZone?: string): View {
  const m = messages(language);
  const suggested = [...new Set([strategy.timeZone, personZone].filter((z): z is string => Boolean(z)))];
  const metadata: StrategyModalMetadata = { strategyId: strategy.id, channelId: strategy.channelId };
  return modal({
    callbackId: IDS.settingsView,
    title: m.settings.modalTitle,
    submit: m.settings.save,
    close: m.settings.cancel,
    privateMetadata: JSON.stringify(metadata),
    blocks: [
      section(m.settings.intro(strategy.channelId)),
      textInput({
        blockId: IDS.nameBlock,
        actionId: IDS.name,
        label: m.settings.name,
        initial: strategy.name,
        maxLength: MAX_STRATEGY_NAME,
      }),
      radioInput({
        blockId: IDS.languageBlock,
        actionId: IDS.language,
        label: m.settings.language,
        options: LANGUAGES.map((l) => option(m.settings.languageOptions[l], l)),
        initial: strategy.language,
      }),
      groupedSelectInput({
        blockId: IDS.timeZoneBlock,
        actionId: IDS.timeZone,
        label: m.settings.timeZone,
        hint: m.settings.timeZoneHint,
        placeholder: m.schedule.timeZonePlaceholder,
        groups: zoneGroups(m.schedule, suggested),
        initial: strategy.timeZone,
      }),
      checkboxInput({
        blockId: IDS.workingDaysBlock,
        actionId: IDS.workingDays,
        label: m.settings.workingDays,
        hint: m.settings.workingDaysHint,
        options: WEEKDAYS.map((d) => option(m.schedule.weekdays[d]!, String(d))),
        initial: strategy.workingDays.map(String),
      }),
    ],
  });
}

/** Working days as a short list in the reader's language: "Mon–Fri" is not attempted, each day is named. */
export function workingDaysText(language: Language, days: readonly Weekday[]): string {
  const m = messages(language).schedule;
  return days.map((d) => m.weekdays[d]).join(', ');
}

export function settingsSavedText(language: Language, strategy: Strategy): string {
  const m = messages(language);
  return m.settings.saved(
    escapeMrkdwn(strategy.name),
    m.languageName[strategy.language],
    strategy.timeZone,
    workingDaysText(language, strategy.workingDays),
  );
}

/** The confirmation window of `delete`: the strategy's name must be typed to go on. */
export function deleteModal(language: Language, strategy: Strategy): View {
  const m = messages(language).lifecycle;
  const metadata: StrategyModalMetadata = { strategyId: strategy.id, channelId: strategy.channelId };
  return modal({
    callbackId: IDS.deleteView,
    title: m.deleteTitle,
    submit: m.deleteSubmit,
    close: m.cancel,
    privateMetadata: JSON.stringify(metadata),
    blocks: [
      section(m.deleteWarning(escapeMrkdwn(strategy.name))),
      textInput({
        blockId: IDS.deleteNameBlock,
        actionId: IDS.deleteName,
        label: m.deleteNameLabel,
        placeholder: strategy.name,
        maxLength: MAX_STRATEGY_NAME + 20,
      }),
    ],
  });
}

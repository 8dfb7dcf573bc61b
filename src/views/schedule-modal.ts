import type { View } from '@slack/types';
import { type ScheduleSettings, WEEKDAYS } from '../domain/schedule.js';
import type { Language } from '../domain/strategy.js';
import { messages } from '../i18n/index.js';
import { modal, option, radioInput, section, selectInput, textInput } from './blocks.js';
import { SCHEDULE_IDS as IDS } from './ids.js';

export interface ScheduleModalMetadata {
  strategyId: string;
  channelId: string;
}

// Half-hour steps: 48 options, inside a static_select's 100.
const TIMES = Array.from({ length: 48 }, (_, i) => {
  const h = String(Math.floor(i / 2)).padStart(2, '0');
  return `${h}:${i % 2 === 0 ? '00' : '30'}`;
});

function timeOptions(current: string) {
  const times = TIMES.includes(current) ? TIMES : [...TIMES, current].sort();
  return times.map((t) => option(t, t));
}

export function scheduleModal(
  language: Language,
  settings: ScheduleSettings,
  metadata: ScheduleModalMetadata,
): View {
  const m = messages(language).schedule;
  const days = WEEKDAYS.map((d) => option(m.weekdays[d]!, String(d)));
  return modal({
    callbackId: IDS.modal,
    title: m.modalTitle,
    submit: m.save,
    close: m.cancel,
    privateMetadata: JSON.stringify(metadata),
    blocks: [
      section(m.intro(metadata.channelId)),
      selectInput({
        blockId: IDS.digestDayBlock,
        actionId: IDS.digestDay,
        label: m.digestDay,
        options: days,
        initial: String(settings.digest.weekday),
      }),
      selectInput({
        blockId: IDS.digestTimeBlock,
        actionId: IDS.digestTime,
        label: m.digestTime,
        options: timeOptions(settings.digest.localTime),
        initial: settings.digest.localTime,
      }),
      selectInput({
        blockId: IDS.checkinDayBlock,
        actionId: IDS.checkinDay,
        label: m.checkinDay,
        hint: m.checkinHint,
        options: days,
        initial: String(settings.checkin.weekday),
      }),
      selectInput({
        blockId: IDS.checkinTimeBlock,
        actionId: IDS.checkinTime,
        label: m.checkinTime,
        options: timeOptions(settings.checkin.localTime),
        initial: settings.checkin.localTime,
      }),
      textInput({
        blockId: IDS.timeZoneBlock,
        actionId: IDS.timeZone,
        label: m.timeZone,
        hint: m.timeZoneHint,
        initial: settings.timeZone,
        maxLength: 64,
      }),
      radioInput({
        blockId: IDS.nudgesBlock,
        actionId: IDS.nudges,
        label: m.nudges,
        hint: m.nudgesHint,
        options: [option(m.nudgesOn, 'on'), option(m.nudgesOff, 'off')],
        initial: settings.nudges ? 'on' : 'off',
      }),
    ],
  });
}

/** The confirmation of saved settings, in the language of whoever saved them. */
export function scheduleSavedText(language: Language, settings: ScheduleSettings): string {
  const m = messages(language).schedule;
  const slot = (s: ScheduleSettings['digest']) => `${m.weekdays[s.weekday]} ${s.localTime}`;
  return m.saved(slot(settings.digest), slot(settings.checkin), settings.timeZone, settings.nudges);
}

import type { View } from '@slack/types';
import { FREQUENCIES, type ScheduleSettings, type SlotSettings, WEEKDAYS } from '../domain/schedule.js';
import type { Language } from '../domain/strategy.js';
import { TIME_ZONES, zoneRegion } from '../domain/time-zones.js';
import { type Messages, messages } from '../i18n/index.js';
import {
  actions,
  button,
  groupedSelectInput,
  modal,
  type OptionGroup,
  option,
  radioInput,
  section,
  selectInput,
  timeInput,
} from './blocks.js';
import { SCHEDULE_IDS as IDS } from './ids.js';

export interface ScheduleModalMetadata {
  strategyId: string;
  channelId: string;
}

/** Slack's limit on the options of one group in a select. */
const GROUP_MAX = 100;

/** Shown as typed in a search, so `new york` finds America/New_York. */
const zoneOption = (zone: string) => option(zone.replaceAll('_', ' '), zone);
const place = (zone: string) => zone.slice(zone.indexOf('/') + 1).replaceAll('_', ' ');

/**
 * Every zone, the suggested ones first and the rest by region. A region with more zones than a
 * group may hold (the Americas have some 150) is split into equal parts named by their first
 * and last zone.
 */
export function zoneGroups(m: Messages['schedule'], suggested: string[]): OptionGroup[] {
  const byRegion = new Map<string, string[]>();
  for (const zone of TIME_ZONES) {
    if (suggested.includes(zone)) continue;
    const region = zoneRegion(zone);
    byRegion.set(region, [...(byRegion.get(region) ?? []), zone]);
  }
  const groups: OptionGroup[] = [{ label: m.suggestedZones, options: suggested.map(zoneOption) }];
  for (const [region, zones] of byRegion) {
    const name = m.zoneRegions[region] ?? region;
    const parts = Math.ceil(zones.length / GROUP_MAX);
    const size = Math.ceil(zones.length / parts);
    for (let i = 0; i < zones.length; i += size) {
      const part = zones.slice(i, i + size);
      const label =
        parts === 1 ? name : m.zoneRegionPart(name, place(part[0]!), place(part[part.length - 1]!));
      groups.push({ label, options: part.map(zoneOption) });
    }
  }
  return groups;
}

/**
 * The schedule's settings to edit. `personZone` is the Slack time zone of whoever opens it:
 * suggested after the zone the schedule already uses, which stays selected so that changing a
 * time never moves the schedule to another zone unasked.
 */
export function scheduleModal(
  language: Language,
  settings: ScheduleSettings,
  metadata: ScheduleModalMetadata,
  personZone?: string,
): View {
  const m = messages(language).schedule;
  const suggested = [...new Set([settings.timeZone, personZone].filter((z): z is string => Boolean(z)))];
  const days = WEEKDAYS.map((d) => option(m.weekdays[d]!, String(d)));
  const often = [...FREQUENCIES, 'off'].map((f) => option(m.frequencyNames[f]!, f));
  const initialOften = (slot: SlotSettings) => (slot.enabled ? slot.frequency : 'off');
  return modal({
    callbackId: IDS.modal,
    title: m.modalTitle,
    submit: m.save,
    close: m.cancel,
    privateMetadata: JSON.stringify(metadata),
    blocks: [
      section(m.intro(metadata.channelId)),
      selectInput({
        blockId: IDS.digestFrequencyBlock,
        actionId: IDS.digestFrequency,
        label: m.digestFrequency,
        hint: m.frequencyHint,
        options: often,
        initial: initialOften(settings.digest),
      }),
      selectInput({
        blockId: IDS.digestDayBlock,
        actionId: IDS.digestDay,
        label: m.digestDay,
        options: days,
        initial: String(settings.digest.weekday),
      }),
      timeInput({
        blockId: IDS.digestTimeBlock,
        actionId: IDS.digestTime,
        label: m.digestTime,
        initial: settings.digest.localTime,
      }),
      actions([button(m.previewDigest, IDS.previewDigest, metadata.strategyId)]),
      selectInput({
        blockId: IDS.checkinFrequencyBlock,
        actionId: IDS.checkinFrequency,
        label: m.checkinFrequency,
        options: often,
        initial: initialOften(settings.checkin),
      }),
      selectInput({
        blockId: IDS.checkinDayBlock,
        actionId: IDS.checkinDay,
        label: m.checkinDay,
        hint: m.checkinHint,
        options: days,
        initial: String(settings.checkin.weekday),
      }),
      timeInput({
        blockId: IDS.checkinTimeBlock,
        actionId: IDS.checkinTime,
        label: m.checkinTime,
        initial: settings.checkin.localTime,
      }),
      groupedSelectInput({
        blockId: IDS.timeZoneBlock,
        actionId: IDS.timeZone,
        label: m.timeZone,
        hint: m.timeZoneHint,
        placeholder: m.timeZonePlaceholder,
        groups: zoneGroups(m, suggested),
        initial: settings.timeZone,
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
  return m.saved(
    slotText(language, settings.digest),
    slotText(language, settings.checkin),
    settings.timeZone,
    settings.nudges,
  );
}

/** One kind's schedule in words: "every other Monday at 09:00", or off. */
export function slotText(language: Language, slot: SlotSettings): string {
  const m = messages(language).schedule;
  return slot.enabled ? m.slotText(slot.frequency, m.weekdays[slot.weekday]!, slot.localTime) : m.slotOff;
}

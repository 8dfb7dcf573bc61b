import {
  type Frequency,
  isFrequency,
  isValidLocalTime,
  type ScheduleSettings,
  type SettingsChange,
  WEEKDAYS,
  type Weekday,
} from '../../../domain/schedule.js';
import { resolveTimeZone } from '../../../domain/time-zones.js';
import { type Messages, messages } from '../../../i18n/index.js';
import { saveSchedule } from '../../../services/schedules.js';
import { SCHEDULE_IDS as IDS } from '../../../views/ids.js';
import { type ScheduleModalMetadata, scheduleSavedText } from '../../../views/schedule-modal.js';
import type { SlackDeps } from '../../deps.js';
import { inputValue, type ViewValues } from '../../view-state.js';
import { close, confirmInChannel, onSubmission, type Parsed, refuse } from './submission.js';

/** New times for the strategy's digest and check-ins: only its managers may save them. */
export const makeScheduleSubmitted = (deps: SlackDeps) =>
  onSubmission<ScheduleModalMetadata>(deps, async (s) => {
    const { strategy } = s;
    const m = messages(s.language);
    const form = readScheduleForm(s.values, m);
    if (form && !form.ok) return refuse(form.errors);
    if (!strategy || !form) return close();
    const actor = await deps.users.actor(s.client, s.teamId, s.userId);
    // Saved before the modal closes: should the save fail, the modal stays open with what was typed.
    const result = await saveSchedule(
      deps,
      strategy,
      actor,
      editedSettings(form.value, s.edited),
      s.submission,
    );
    if (result.kind === 'forbidden') return refuse({ [IDS.timeZoneBlock]: m.schedule.forbidden });
    if (result.kind !== 'saved') return close();
    return close(() => confirmInChannel(deps, s, strategy, scheduleSavedText(s.language, result.settings)));
  });

/**
 * The settings the user changed in the modal; what they left as it opened is not saved, so a
 * setting someone else changed meanwhile stays as they set it.
 */
function editedSettings(form: ScheduleSettings, edited: ReadonlySet<string>): SettingsChange {
  const change: SettingsChange = {};
  // Off keeps the frequency it had, so switching back on needs only the one choice.
  const slot = (day: string, time: string, often: string, value: ScheduleSettings['digest']) => ({
    ...(edited.has(day) ? { weekday: value.weekday } : {}),
    ...(edited.has(time) ? { localTime: value.localTime } : {}),
    ...(edited.has(often)
      ? value.enabled
        ? { frequency: value.frequency, enabled: true }
        : { enabled: false }
      : {}),
  });
  change.digest = slot(IDS.digestDayBlock, IDS.digestTimeBlock, IDS.digestFrequencyBlock, form.digest);
  change.checkin = slot(IDS.checkinDayBlock, IDS.checkinTimeBlock, IDS.checkinFrequencyBlock, form.checkin);
  if (edited.has(IDS.timeZoneBlock)) change.timeZone = form.timeZone;
  if (edited.has(IDS.nudgesBlock)) change.nudges = form.nudges;
  return change;
}

function weekday(text: string | undefined): Weekday | undefined {
  const n = Number(text);
  return (WEEKDAYS as readonly number[]).includes(n) ? (n as Weekday) : undefined;
}

/**
 * The settings as submitted, the time zone under its canonical name. Days, times and the zone come
 * from the modal's own pickers; a zone Slack sends that names none (a stale modal, an old spelling
 * gone) is refused on its input, and a form without days or times (stale or forged) holds nothing
 * to save.
 */
function readScheduleForm(values: ViewValues, m: Messages): Parsed<ScheduleSettings> | undefined {
  const typed = inputValue(values, IDS.timeZoneBlock, IDS.timeZone) ?? '';
  const resolved = resolveTimeZone(typed);
  if (resolved.kind !== 'found') {
    const problem =
      resolved.kind === 'ambiguous'
        ? m.schedule.ambiguousTimeZone(typed, resolved.candidates.join(', '))
        : m.schedule.invalidTimeZone(typed);
    return { ok: false, errors: { [IDS.timeZoneBlock]: problem } };
  }
  const zone = resolved.zone;
  const digestDay = weekday(inputValue(values, IDS.digestDayBlock, IDS.digestDay));
  const digestTime = inputValue(values, IDS.digestTimeBlock, IDS.digestTime) ?? '';
  const checkinDay = weekday(inputValue(values, IDS.checkinDayBlock, IDS.checkinDay));
  const checkinTime = inputValue(values, IDS.checkinTimeBlock, IDS.checkinTime) ?? '';
  if (!digestDay || !checkinDay || !isValidLocalTime(digestTime) || !isValidLocalTime(checkinTime))
    return undefined;
  // A modal opened before frequencies existed has no such input: it is not counted as edited.
  const often = (block: string, action: string): { frequency: Frequency; enabled: boolean } => {
    const chosen = inputValue(values, block, action);
    return isFrequency(chosen)
      ? { frequency: chosen, enabled: true }
      : { frequency: 'weekly', enabled: chosen !== 'off' };
  };
  const value: ScheduleSettings = {
    digest: {
      weekday: digestDay,
      localTime: digestTime,
      anchor: null,
      ...often(IDS.digestFrequencyBlock, IDS.digestFrequency),
    },
    checkin: {
      weekday: checkinDay,
      localTime: checkinTime,
      anchor: null,
      ...often(IDS.checkinFrequencyBlock, IDS.checkinFrequency),
    },
    timeZone: zone,
    nudges: inputValue(values, IDS.nudgesBlock, IDS.nudges) !== 'off',
  };
  return { ok: true, value };
}

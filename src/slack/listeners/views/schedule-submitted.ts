import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { canManageStrategy } from '../../../domain/permissions.js';
import { isValidLocalTime, isValidTimeZone, WEEKDAYS, type Weekday } from '../../../domain/schedule.js';
import { messages } from '../../../i18n/index.js';
import { saveSchedule } from '../../../services/schedules.js';
import { findStrategyById } from '../../../storage/strategies.js';
import type { ScheduleModalMetadata } from '../../../views/schedule-modal.js';
import type { SlackDeps } from '../../deps.js';
import { SCHEDULE_IDS as IDS } from '../../../views/ids.js';
import { inputValue, readMetadata } from '../../view-state.js';

function weekday(text: string | undefined): Weekday | undefined {
  const n = Number(text);
  return (WEEKDAYS as readonly number[]).includes(n) ? (n as Weekday) : undefined;
}

export function makeScheduleSubmitted(deps: SlackDeps) {
  return async ({
    ack,
    body,
    view,
    client,
  }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs) => {
    const teamId = view.team_id || body.team?.id || '';
    const userId = body.user.id;
    const language = await deps.users.language(client, teamId, userId);
    const m = messages(language);
    const values = view.state.values;
    const zone = (inputValue(values, IDS.timeZoneBlock, IDS.timeZone) ?? '').trim();
    if (!isValidTimeZone(zone)) {
      await ack({
        response_action: 'errors',
        errors: { [IDS.timeZoneBlock]: m.schedule.invalidTimeZone(zone) },
      });
      return;
    }
    const meta = readMetadata<ScheduleModalMetadata>(view.private_metadata);
    const strategy = meta.strategyId && (await findStrategyById(deps.db, { teamId }, meta.strategyId));
    const digestDay = weekday(inputValue(values, IDS.digestDayBlock, IDS.digestDay));
    const digestTime = inputValue(values, IDS.digestTimeBlock, IDS.digestTime) ?? '';
    const checkinDay = weekday(inputValue(values, IDS.checkinDayBlock, IDS.checkinDay));
    const checkinTime = inputValue(values, IDS.checkinTimeBlock, IDS.checkinTime) ?? '';
    if (
      !strategy ||
      !digestDay ||
      !checkinDay ||
      !isValidLocalTime(digestTime) ||
      !isValidLocalTime(checkinTime)
    ) {
      await ack();
      return;
    }
    const actor = await deps.users.actor(client, teamId, userId);
    if (!canManageStrategy(strategy, actor)) {
      await ack({ response_action: 'errors', errors: { [IDS.timeZoneBlock]: m.schedule.forbidden } });
      return;
    }
    const settings = {
      digest: { weekday: digestDay, localTime: digestTime },
      checkin: { weekday: checkinDay, localTime: checkinTime },
      timeZone: zone,
      nudges: inputValue(values, IDS.nudgesBlock, IDS.nudges) !== 'off',
    };
    // Saved before the modal closes: should the save fail, the modal stays open with what was typed.
    const result = await saveSchedule(deps, strategy, actor, settings);
    await ack();
    if (result.kind !== 'saved') return;
    const day = (d: Weekday, t: string) => `${m.schedule.weekdays[d]} ${t}`;
    await client.chat.postEphemeral({
      channel: strategy.channelId,
      user: userId,
      text: m.schedule.saved(
        day(settings.digest.weekday, settings.digest.localTime),
        day(settings.checkin.weekday, settings.checkin.localTime),
        zone,
        settings.nudges,
      ),
    });
  };
}

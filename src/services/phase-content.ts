import { addDays, localDate, parseLocalDate } from '../domain/dates.js';
import type { PhaseKey } from '../domain/method.js';
import type { Metric } from '../domain/metric.js';
import { type Actor, canEditItem } from '../domain/permissions.js';
import {
  ACTION_WHAT_MAX,
  type ActionItem,
  actionTiming,
  activityPeriod,
  CHANNEL_TEXT_MAX,
  type ChannelActivity,
  type ChannelEntry,
  fieldMaxLength,
  GOAL_TEXT_MAX,
  ITEM_PHASE,
  type ItemKind,
  isPhaseField,
  isPostingCadence,
  isQuiet,
  lastPostedPeriod,
  MAX_ACTIONS,
  MAX_CHANNELS,
  MAX_GOALS,
  PHASE_FIELDS,
  type PhaseContent,
  type PhaseFields,
  POST_COUNT_MAX,
  type PostingCadence,
  type QuietChannel,
} from '../domain/phase-content.js';
import type { PhaseTiming } from '../domain/phases.js';
import type { Strategy } from '../domain/strategy.js';
import { recordAudit } from '../storage/audit.js';
import { listMetrics } from '../storage/metrics.js';
import {
  countItems,
  deleteItem,
  findItemForUpdate,
  findPhaseFieldsForUpdate,
  type ItemValues,
  insertItem,
  listActions,
  listActivity,
  listChannels,
  listChannelsOwnedBy,
  listFields,
  listGoals,
  listOpenActionsOwnedBy,
  type StoredActivity,
  type StoredChannel,
  type StoredItem,
  updateItem,
  writeActivity,
  writeField,
} from '../storage/phase-content.js';
import { ensurePhases, findPhaseForUpdate, listPhases } from '../storage/phases.js';
import { listStrategies } from '../storage/strategies.js';
import type { ServiceDeps } from './deps.js';

/** Actions due within this many days, and overdue ones, are an owner's to be reminded of. */
const ACTION_DUE_DAYS = 3;

export type { QuietChannel, StoredItem };

// What each phase holds beyond its status, and the changes people make to it. Every change is
// checked against who may make it, written in one transaction with its audit entry (what was
// there before and what is there after), and raises the version of what it changed.

function lastActivityOf(activity: StoredActivity[]): ChannelActivity | undefined {
  const posted = lastPostedPeriod(activity.filter((a) => a.posted).map((a) => a.period));
  const chosen = posted ? activity.find((a) => a.period === posted) : activity.at(-1);
  if (!chosen) return undefined;
  return {
    period: chosen.period,
    posted: chosen.posted,
    ...(chosen.count === undefined ? {} : { count: chosen.count }),
    confirmedAt: chosen.confirmedAt,
  };
}

function entryOf(channel: StoredChannel, activity: StoredActivity[]): ChannelEntry {
  const { id, service, handle, audience, purpose, cadence, ownerId } = channel;
  const last = lastActivityOf(activity.filter((a) => a.channelId === id));
  return {
    id,
    service,
    handle,
    audience,
    purpose,
    cadence,
    ...(ownerId ? { ownerId } : {}),
    ...(last ? { lastActivity: last } : {}),
  };
}

/** What the strategy's phases hold beyond their status (fields, goals, channel register, actions). */
export async function phaseContentOf(deps: ServiceDeps, strategy: Strategy): Promise<PhaseContent> {
  const scope = { teamId: strategy.teamId };
  const [stored, goals, channels, actions] = await Promise.all([
    listFields(deps.db, scope, strategy.id),
    listGoals(deps.db, scope, strategy.id),
    listChannels(deps.db, scope, strategy.id),
    listActions(deps.db, scope, strategy.id),
  ]);
  const activity = await listActivity(
    deps.db,
    scope,
    channels.map((c) => c.id),
  );
  const fields: Record<string, Record<string, string>> = {};
  for (const f of stored) {
    if (!(f.phase in PHASE_FIELDS) || !isPhaseField(f.phase as PhaseKey, f.field)) continue;
    fields[f.phase] = { ...fields[f.phase], [f.field]: f.value };
  }
  return {
    fields: fields as PhaseFields,
    goals,
    channels: channels.map((c) => entryOf(c, activity)),
    actions: actions.map(({ strategyId: _s, ...a }) => a),
  };
}

/** What the phase window shows beside the phase itself: its substance, the metrics, today's date. */
export async function phaseWindowContent(
  deps: ServiceDeps,
  strategy: Strategy,
): Promise<{ content: PhaseContent; metrics: Metric[]; today: string }> {
  const [content, metrics] = await Promise.all([
    phaseContentOf(deps, strategy),
    listMetrics(deps.db, { teamId: strategy.teamId }, strategy.id),
  ]);
  return { content, metrics, today: localDate(deps.clock.now(), strategy.timeZone) };
}

// ---- free-text fields ------------------------------------------------------------------------

export type FieldsResult =
  | { kind: 'updated'; changed: string[] }
  | { kind: 'unchanged' }
  | { kind: 'forbidden' }
  | { kind: 'invalid'; field: string };

/**
 * Saves the fields given of one phase (an empty text clears the field): for the phase's owner
 * and the strategy's managers. Fields not given stay as they are.
 */
export async function savePhaseFields(
  deps: ServiceDeps,
  input: { strategy: Strategy; key: PhaseKey; actor: Actor; values: Record<string, string | null> },
): Promise<FieldsResult> {
  const { strategy, key, actor } = input;
  for (const [field, value] of Object.entries(input.values)) {
    if (!isPhaseField(key, field)) return { kind: 'invalid', field };
    if (value !== null && value.length > fieldMaxLength(field)) return { kind: 'invalid', field };
  }
  const scope = { teamId: strategy.teamId };
  const at = deps.clock.now().getTime();
  return deps.db.transaction().execute(async (trx) => {
    await ensurePhases(trx, scope, strategy.id, at);
    const phase = await findPhaseForUpdate(trx, scope, strategy.id, key);
    if (!canEditItem(strategy, actor, phase?.ownerId)) return { kind: 'forbidden' };
    const current = new Map(
      (await findPhaseFieldsForUpdate(trx, scope, strategy.id, key)).map((f) => [f.field, f.value]),
    );
    const before: Record<string, string | null> = {};
    const after: Record<string, string | null> = {};
    for (const [field, raw] of Object.entries(input.values)) {
      const value = raw?.trim() ? raw.trimEnd() : null;
      const was = current.get(field) ?? null;
      if (value === was) continue;
      before[field] = was;
      after[field] = value;
      await writeField(trx, scope, {
        strategyId: strategy.id,
        phase: key,
        field,
        value,
        by: actor.userId,
        at,
      });
    }
    const changed = Object.keys(after);
    if (changed.length === 0) return { kind: 'unchanged' };
    await recordAudit(trx, {
      teamId: strategy.teamId,
      strategyId: strategy.id,
      actorId: actor.userId,
      action: 'phase.content_updated',
      subject: key,
      before,
      after,
      at,
    });
    return { kind: 'updated', changed };
  });
}

// ---- goals, register entries, actions --------------------------------------------------------

export type ItemInput =
  | { kind: 'goal'; text: string; metricIds: string[] }
  | {
      kind: 'channel';
      service: string;
      handle: string;
      audience: string;
      purpose: string;
      cadence: PostingCadence;
      /** Undefined: the owner it has (none for a new entry). */
      ownerId?: string | null;
    }
  | { kind: 'action'; what: string; ownerId?: string | null; due: string | null; done: boolean };

export type ItemResult =
  | { kind: 'saved'; id: string; before?: StoredItem; ownerChanged: boolean; ownersConcerned: string[] }
  | { kind: 'removed'; before: StoredItem; ownersConcerned: string[] }
  | { kind: 'unchanged' }
  /** `manager`: only the phase's owner or the strategy's managers may do this (add, remove, reassign). */
  | { kind: 'forbidden'; phaseOwnerId: string | null }
  | { kind: 'not_found' }
  | { kind: 'too_many'; max: number }
  | { kind: 'invalid'; field: string }
  | { kind: 'past_date'; today: string };

export const MAX_ITEMS: Record<ItemKind, number> = {
  goal: MAX_GOALS,
  channel: MAX_CHANNELS,
  action: MAX_ACTIONS,
};

function invalidItem(input: ItemInput): string | undefined {
  switch (input.kind) {
    case 'goal':
      if (!input.text.trim() || input.text.length > GOAL_TEXT_MAX) return 'text';
      return undefined;
    case 'channel':
      for (const f of ['service', 'handle', 'audience', 'purpose'] as const)
        if (!input[f].trim() || input[f].length > CHANNEL_TEXT_MAX[f]) return f;
      if (!isPostingCadence(input.cadence)) return 'cadence';
      return undefined;
    case 'action':
      if (!input.what.trim() || input.what.length > ACTION_WHAT_MAX) return 'what';
      if (input.due !== null && parseLocalDate(input.due) !== input.due) return 'due';
      return undefined;
  }
}

function ownerOf(item: StoredItem | ItemInput): string | null {
  return item.kind === 'goal' ? null : (item.ownerId ?? null);
}

function valuesOf(item: StoredItem | ItemInput): ItemValues {
  switch (item.kind) {
    case 'goal':
      return { kind: 'goal', text: item.text.trim(), metricIds: [...item.metricIds] };
    case 'channel':
      return {
        kind: 'channel',
        service: item.service.trim(),
        handle: item.handle.trim(),
        audience: item.audience.trim(),
        purpose: item.purpose.trim(),
        cadence: item.cadence,
        ownerId: item.ownerId ?? null,
      };
    case 'action':
      return {
        kind: 'action',
        what: item.what.trim(),
        ownerId: item.ownerId ?? null,
        due: item.due ?? null,
        done: item.done,
      };
  }
}

/** The item as the audit trail keeps it: its values, without the ids of the tables. */
const auditValues = (item: StoredItem | ItemInput) => {
  const { kind: _k, ...rest } = valuesOf(item);
  return rest;
};

/**
 * Adds an item (`id` absent), changes one, or removes one (`remove`). The phase's owner and the
 * strategy's managers may do anything; an item's own owner may change their item but not hand it
 * on or remove it. A goal keeps only the strategy's metrics among those it names.
 */
export async function saveItem(
  deps: ServiceDeps,
  input: { strategy: Strategy; actor: Actor; id?: string; item: ItemInput; remove?: boolean },
): Promise<ItemResult> {
  const { strategy, actor, item } = input;
  const kind = item.kind;
  const phaseKey = ITEM_PHASE[kind];
  if (!input.remove) {
    const invalid = invalidItem(item);
    if (invalid) return { kind: 'invalid', field: invalid };
  }
  const scope = { teamId: strategy.teamId };
  const at = deps.clock.now().getTime();
  const today = localDate(new Date(at), strategy.timeZone);
  return deps.db.transaction().execute(async (trx): Promise<ItemResult> => {
    await ensurePhases(trx, scope, strategy.id, at);
    const phase = await findPhaseForUpdate(trx, scope, strategy.id, phaseKey);
    const phaseOwnerId = phase?.ownerId ?? null;
    const mayManage = canEditItem(strategy, actor, phaseOwnerId);
    const before = input.id ? await findItemForUpdate(trx, scope, strategy.id, kind, input.id) : undefined;
    if (input.id && !before) return { kind: 'not_found' };
    const audit = (action: string, subject: string, b: unknown, a: unknown) =>
      recordAudit(trx, {
        teamId: strategy.teamId,
        strategyId: strategy.id,
        actorId: actor.userId,
        action: `${kind}.${action}`,
        subject,
        before: b,
        after: a,
        at,
      });
    if (input.remove) {
      if (!before) return { kind: 'not_found' };
      if (!mayManage) return { kind: 'forbidden', phaseOwnerId };
      await deleteItem(trx, scope, strategy.id, kind, before.id);
      await audit('removed', before.id, auditValues(before), undefined);
      return { kind: 'removed', before, ownersConcerned: [ownerOf(before)].filter((o): o is string => !!o) };
    }
    const kept = item.kind !== 'goal' && item.ownerId === undefined;
    const resolved: ItemInput = kept ? { ...item, ownerId: before ? ownerOf(before) : null } : item;
    let values = valuesOf(resolved);
    if (values.kind === 'goal') {
      const metrics = new Set((await listMetrics(trx, scope, strategy.id)).map((m) => m.id));
      values = { ...values, metricIds: [...new Set(values.metricIds)].filter((m) => metrics.has(m)) };
    }
    const ownerChanged = (before ? ownerOf(before) : null) !== ownerOf(resolved);
    const itsOwner = before !== undefined && ownerOf(before) === actor.userId;
    if (!mayManage && !(itsOwner && !ownerChanged)) return { kind: 'forbidden', phaseOwnerId };
    if (values.kind === 'action' && values.due !== null && values.due < today) {
      const dueBefore = before?.kind === 'action' ? (before.due ?? null) : null;
      if (values.due !== dueBefore) return { kind: 'past_date', today };
    }
    const owners = [before && ownerOf(before), ownerOf(resolved)].filter((o): o is string => !!o);
    if (!before) {
      if ((await countItems(trx, scope, strategy.id, kind)) >= MAX_ITEMS[kind])
        return { kind: 'too_many', max: MAX_ITEMS[kind] };
      const id = await insertItem(trx, scope, strategy.id, values, at);
      const { kind: _k, ...after } = values;
      await audit('added', id, undefined, after);
      return { kind: 'saved', id, ownerChanged, ownersConcerned: owners };
    }
    const was = auditValues(before);
    const { kind: _k, ...after } = values;
    if (JSON.stringify(was) === JSON.stringify(after)) return { kind: 'unchanged' };
    await updateItem(trx, scope, strategy.id, before.id, values, before.version, at);
    await audit('updated', before.id, was, after);
    return { kind: 'saved', id: before.id, before, ownerChanged, ownersConcerned: [...new Set(owners)] };
  });
}

/**
 * A new owner for an action or a register entry, everything else about it as it is (from the list
 * of items whose owner left). Only the phase's owner or the strategy's managers hand an item on,
 * as in its window.
 */
export async function reassignItem(
  deps: ServiceDeps,
  input: { strategy: Strategy; actor: Actor; kind: 'channel' | 'action'; id: string; ownerId: string },
): Promise<ItemResult> {
  const { strategy, actor, kind, id, ownerId } = input;
  const scope = { teamId: strategy.teamId };
  const at = deps.clock.now().getTime();
  return deps.db.transaction().execute(async (trx): Promise<ItemResult> => {
    const phase = await findPhaseForUpdate(trx, scope, strategy.id, ITEM_PHASE[kind]);
    const phaseOwnerId = phase?.ownerId ?? null;
    if (!canEditItem(strategy, actor, phaseOwnerId)) return { kind: 'forbidden', phaseOwnerId };
    const before = await findItemForUpdate(trx, scope, strategy.id, kind, id);
    if (!before || before.kind === 'goal') return { kind: 'not_found' };
    const previous = ownerOf(before);
    if (previous === ownerId) return { kind: 'unchanged' };
    const values = valuesOf({ ...before, ownerId });
    await updateItem(trx, scope, strategy.id, id, values, before.version, at);
    const { kind: _k, ...after } = values;
    await recordAudit(trx, {
      teamId: strategy.teamId,
      strategyId: strategy.id,
      actorId: actor.userId,
      action: `${kind}.updated`,
      subject: id,
      before: auditValues(before),
      after,
      at,
    });
    const owners = [previous, ownerId].filter((o): o is string => !!o);
    return { kind: 'saved', id, before, ownerChanged: true, ownersConcerned: owners };
  });
}

export type ItemToEdit =
  | { kind: 'editable'; item?: StoredItem; canReassign: boolean; canRemove: boolean }
  | { kind: 'forbidden'; phaseOwnerId: string | null }
  | { kind: 'not_found' };

/** An item as its window opens on it (or a new one): for those who may change it. */
export async function itemToEdit(
  deps: ServiceDeps,
  input: { strategy: Strategy; actor: Actor; kind: ItemKind; id?: string },
): Promise<ItemToEdit> {
  const { strategy, actor, kind } = input;
  const scope = { teamId: strategy.teamId };
  const phases = await listPhases(deps.db, scope, strategy.id);
  const phaseOwnerId = phases.find((p) => p.key === ITEM_PHASE[kind])?.ownerId ?? null;
  const mayManage = canEditItem(strategy, actor, phaseOwnerId);
  const item = input.id ? await findItemForUpdate(deps.db, scope, strategy.id, kind, input.id) : undefined;
  if (input.id && !item) return { kind: 'not_found' };
  const itsOwner = item !== undefined && ownerOf(item) === actor.userId;
  if (!mayManage && !itsOwner) return { kind: 'forbidden', phaseOwnerId };
  return { kind: 'editable', item, canReassign: mayManage, canRemove: mayManage && item !== undefined };
}

// ---- channel activity ------------------------------------------------------------------------

export interface ChannelToConfirm {
  channel: StoredChannel;
  period: string;
  /** What was confirmed for this period already. */
  current?: StoredActivity;
}

/** The accounts the reporter owns in this strategy, each with the period a check-in at `at` confirms. */
export async function channelsToConfirm(
  deps: ServiceDeps,
  strategy: Strategy,
  reporterId: string,
  at: Date,
): Promise<ChannelToConfirm[]> {
  const scope = { teamId: strategy.teamId };
  const channels = (await listChannels(deps.db, scope, strategy.id)).filter((c) => c.ownerId === reporterId);
  const activity = await listActivity(
    deps.db,
    scope,
    channels.map((c) => c.id),
  );
  return channels.map((channel) => {
    const period = activityPeriod(channel.cadence, at, strategy.timeZone);
    const current = activity.find((a) => a.channelId === channel.id && a.period === period);
    return { channel, period, ...(current ? { current } : {}) };
  });
}

export interface ActivityReport {
  channelId: string;
  posted: boolean;
  count: number | null;
}

/**
 * Records what each account's owner confirmed for the period of `at`; a later confirmation for
 * the same period replaces the earlier one. Only an account's owner confirms it; others' reports
 * are left out. Returns how many were recorded.
 */
export async function confirmChannelActivity(
  deps: ServiceDeps,
  input: { strategy: Strategy; reporterId: string; at: Date; reports: ActivityReport[] },
): Promise<number> {
  const { strategy, reporterId } = input;
  if (input.reports.length === 0) return 0;
  const scope = { teamId: strategy.teamId };
  const now = deps.clock.now().getTime();
  return deps.db.transaction().execute(async (trx) => {
    const owned = new Map(
      (await listChannels(trx, scope, strategy.id))
        .filter((c) => c.ownerId === reporterId)
        .map((c) => [c.id, c]),
    );
    const previous = await listActivity(trx, scope, [...owned.keys()]);
    let recorded = 0;
    for (const r of input.reports) {
      const channel = owned.get(r.channelId);
      if (!channel) continue;
      const count = r.count === null ? null : Math.max(0, Math.min(POST_COUNT_MAX, Math.round(r.count)));
      const period = activityPeriod(channel.cadence, input.at, strategy.timeZone);
      const was = previous.find((a) => a.channelId === channel.id && a.period === period);
      if (was && was.posted === r.posted && (was.count ?? null) === count) continue;
      await writeActivity(trx, scope, {
        channelId: channel.id,
        period,
        posted: r.posted,
        count,
        by: reporterId,
        at: now,
      });
      await recordAudit(trx, {
        teamId: strategy.teamId,
        strategyId: strategy.id,
        actorId: reporterId,
        action: 'channel.activity',
        subject: channel.id,
        before: was ? { period, posted: was.posted, count: was.count ?? null } : undefined,
        after: { period, posted: r.posted, count },
        at: now,
      });
      recorded += 1;
    }
    return recorded;
  });
}

function quietOf(channel: StoredChannel, activity: StoredActivity[], now: Date, timeZone: string) {
  const postedPeriods = activity.filter((a) => a.channelId === channel.id && a.posted).map((a) => a.period);
  const quiet = isQuiet(
    { cadence: channel.cadence, createdAt: channel.createdAt, postedPeriods },
    now,
    timeZone,
  );
  return { quiet, lastPosted: lastPostedPeriod(postedPeriods) };
}

/** The strategy's accounts quiet for longer than their cadence allows, for the digest. */
export async function quietChannels(
  deps: ServiceDeps,
  strategy: Strategy,
  now: Date,
): Promise<QuietChannel[]> {
  const scope = { teamId: strategy.teamId };
  const channels = await listChannels(deps.db, scope, strategy.id);
  const activity = await listActivity(
    deps.db,
    scope,
    channels.map((c) => c.id),
  );
  return quietAmong(strategy, channels, activity, now);
}

/** Which of the strategy's accounts are quiet, from their confirmations; no reads. */
export function quietAmong(
  strategy: Strategy,
  channels: StoredChannel[],
  activity: StoredActivity[],
  now: Date,
): QuietChannel[] {
  const out: QuietChannel[] = [];
  for (const c of channels) {
    const { quiet, lastPosted } = quietOf(c, activity, now, strategy.timeZone);
    if (!quiet) continue;
    out.push({
      service: c.service,
      handle: c.handle,
      cadence: c.cadence,
      ...(c.ownerId ? { ownerId: c.ownerId } : {}),
      ...(lastPosted ? { lastPosted } : {}),
    });
  }
  return out;
}

// ---- what one person owns --------------------------------------------------------------------

export interface OwnedAction {
  strategy: Strategy;
  action: ActionItem;
  today: string;
  timing: PhaseTiming;
}

export interface OwnedChannel {
  strategy: Strategy;
  channel: ChannelEntry;
  quiet: boolean;
}

async function liveStrategies(deps: ServiceDeps, teamId: string): Promise<Map<string, Strategy>> {
  const strategies = await listStrategies(deps.db, { teamId });
  return new Map(strategies.filter((s) => s.state !== 'archived').map((s) => [s.id, s]));
}

/** The open actions a user owns across the workspace's strategies, the earliest due first. */
export async function openActionsOwnedBy(
  deps: ServiceDeps,
  teamId: string,
  userId: string,
): Promise<OwnedAction[]> {
  const [actions, strategies] = await Promise.all([
    listOpenActionsOwnedBy(deps.db, { teamId }, userId),
    liveStrategies(deps, teamId),
  ]);
  const now = deps.clock.now();
  const owned: OwnedAction[] = [];
  for (const { strategyId, ...action } of actions) {
    const strategy = strategies.get(strategyId);
    if (!strategy) continue;
    const today = localDate(now, strategy.timeZone);
    owned.push({ strategy, action, today, timing: actionTiming(action, today) });
  }
  return owned.sort((a, b) => (a.action.due ?? '9999').localeCompare(b.action.due ?? '9999'));
}

/**
 * The open actions a user owns that are overdue or due within `withinDays` (the owner nudges'
 * three days unless told otherwise), the earliest due first: what a nudge would remind them of.
 */
export async function actionsDueFor(
  deps: ServiceDeps,
  teamId: string,
  userId: string,
  withinDays: number = ACTION_DUE_DAYS,
): Promise<OwnedAction[]> {
  return (await openActionsOwnedBy(deps, teamId, userId)).filter(
    (o) => o.action.due !== undefined && o.action.due <= addDays(o.today, withinDays),
  );
}

/** The accounts a user owns across the workspace's strategies, with whether each has gone quiet. */
export async function channelsOwnedBy(
  deps: ServiceDeps,
  teamId: string,
  userId: string,
): Promise<OwnedChannel[]> {
  const [channels, strategies] = await Promise.all([
    listChannelsOwnedBy(deps.db, { teamId }, userId),
    liveStrategies(deps, teamId),
  ]);
  const activity = await listActivity(
    deps.db,
    { teamId },
    channels.map((c) => c.id),
  );
  const now = deps.clock.now();
  const owned: OwnedChannel[] = [];
  for (const c of channels) {
    const strategy = strategies.get(c.strategyId);
    if (!strategy) continue;
    owned.push({
      strategy,
      channel: entryOf(c, activity),
      quiet: quietOf(c, activity, now, strategy.timeZone).quiet,
    });
  }
  return owned;
}

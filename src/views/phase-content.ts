import type { Button, KnownBlock, PlainTextOption, View } from '@slack/types';
import { formatLocalDate } from '../domain/dates.js';
import type { PhaseKey } from '../domain/method.js';
import type { Metric } from '../domain/metric.js';
import {
  ACTION_WHAT_MAX,
  actionTiming,
  CHANNEL_TEXT_MAX,
  type ChannelEntry,
  fieldMaxLength,
  GOAL_TEXT_MAX,
  type ItemKind,
  PHASE_FIELDS,
  type PhaseContent,
  POSTING_CADENCES,
} from '../domain/phase-content.js';
import type { Language, Strategy } from '../domain/strategy.js';
import { messages } from '../i18n/index.js';
import type {
  ChannelToConfirm,
  OwnedAction,
  OwnedChannel,
  QuietChannel,
  StoredItem,
} from '../services/phase-content.js';
import {
  actions,
  button,
  clip,
  context,
  dateInput,
  divider,
  modal,
  option,
  plain,
  radioInput,
  section,
  selectInput,
  textInput,
  userInput,
} from './blocks.js';
import { escapeMrkdwn } from './escape.js';
import { CONTENT_IDS, SAVING_IDS } from './ids.js';
import { formatPeriod } from './periods.js';

// What each phase holds, as its window, the window of one entry, the check-in, the digest and App
// Home show it. A list shows at most as many entries as a phase may hold (MAX_GOALS and the
// others), one block each, so the phase window stays inside a modal's 100 blocks.

type M = ReturnType<typeof messages>;

/** What an entry's buttons and window carry: the strategy, the kind of entry, the entry, the phase window. */
export interface ItemRef {
  s: string;
  t: ItemKind;
  i?: string;
  /** The phase window under the entry's window, to show the saved change in. */
  p?: string;
}

export const itemRef = (ref: ItemRef): string => JSON.stringify(ref);

/** What the phase window shows of the phase's substance. */
export interface PhaseWindowContent {
  content: PhaseContent;
  /** The strategy's active metrics: goals link to them; the measurement phase lists them. */
  metrics: Metric[];
  today: string;
}

const esc = (text: string, max: number) => escapeMrkdwn(clip(text, max));

function withButton(text: string, b: Button): KnownBlock {
  return { ...section(text), accessory: b } as KnownBlock;
}

function metricNames(m: M, ids: string[], metrics: Metric[]): string {
  const byId = new Map(metrics.map((x) => [x.id, x]));
  const names = ids.map((id) => byId.get(id)).filter((x): x is Metric => x !== undefined);
  return names.length === 0 ? m.content.goals.noMetric : names.map((x) => escapeMrkdwn(x.name)).join(', ');
}

function lastActivityText(m: M, language: Language, channel: ChannelEntry): string {
  const last = channel.lastActivity;
  if (!last?.posted) return m.content.channels.neverPosted;
  return m.content.channels.lastPosted(formatPeriod(language, last.period));
}

export function channelLine(language: Language, channel: ChannelEntry): string {
  const m = messages(language);
  return m.content.channels.line({
    service: esc(channel.service, CHANNEL_TEXT_MAX.service),
    handle: esc(channel.handle, CHANNEL_TEXT_MAX.handle),
    audience: esc(channel.audience, CHANNEL_TEXT_MAX.audience),
    purpose: esc(channel.purpose, CHANNEL_TEXT_MAX.purpose),
    cadence: m.content.cadenceName[channel.cadence],
    ...(channel.ownerId ? { owner: channel.ownerId } : {}),
    last: lastActivityText(m, language, channel),
  });
}

function actionLine(language: Language, a: PhaseContent['actions'][number], today: string): string {
  return messages(language).content.actions.line({
    done: a.done,
    what: esc(a.what, ACTION_WHAT_MAX),
    ...(a.ownerId ? { owner: a.ownerId } : {}),
    ...(a.due ? { due: formatLocalDate(language, a.due) } : {}),
    overdue: actionTiming(a, today) === 'overdue',
  });
}

/** The phase window's part for the phase's substance: its fields as inputs, its list with buttons. */
export function phaseContentBlocks(
  language: Language,
  strategy: Strategy,
  key: PhaseKey,
  w: PhaseWindowContent,
): KnownBlock[] {
  const m = messages(language);
  const c = m.content;
  const blocks: KnownBlock[] = [divider(), section(c.heading)];
  const stored = (w.content.fields[key] ?? {}) as Record<string, string | undefined>;
  for (const field of PHASE_FIELDS[key] as readonly (keyof typeof c.fields)[]) {
    const max = fieldMaxLength(field);
    blocks.push(
      textInput({
        blockId: CONTENT_IDS.fieldBlock(field),
        actionId: CONTENT_IDS.fieldAction,
        label: c.fields[field].label,
        placeholder: c.fields[field].placeholder,
        hint: c.fieldHint(max),
        optional: true,
        multiline: max > 200,
        maxLength: max,
        initial: stored[field],
      }),
    );
  }
  const list = (
    kind: ItemKind,
    heading: string,
    none: string,
    lines: { id: string; text: string }[],
    add: string,
  ) => {
    blocks.push(section(heading));
    if (lines.length === 0) blocks.push(context(none));
    for (const l of lines)
      blocks.push(
        withButton(
          l.text,
          button(c.edit, CONTENT_IDS.editItem, itemRef({ s: strategy.id, t: kind, i: l.id })),
        ),
      );
    blocks.push(actions([button(add, CONTENT_IDS.addItem, itemRef({ s: strategy.id, t: kind }), 'primary')]));
  };
  if (key === 'goals')
    list(
      'goal',
      c.goals.heading,
      c.goals.none,
      w.content.goals.map((g) => ({
        id: g.id,
        text: c.goals.line(esc(g.text, GOAL_TEXT_MAX), metricNames(m, g.metricIds, w.metrics)),
      })),
      c.goals.add,
    );
  if (key === 'channels')
    list(
      'channel',
      c.channels.heading,
      c.channels.none,
      w.content.channels.map((ch) => ({ id: ch.id, text: channelLine(language, ch) })),
      c.channels.add,
    );
  if (key === 'action_plan')
    list(
      'action',
      c.actions.heading,
      c.actions.none,
      w.content.actions.map((a) => ({ id: a.id, text: actionLine(language, a, w.today) })),
      c.actions.add,
    );
  if (key === 'measurement') {
    const lines = w.metrics.map((x) => c.metricLine(esc(x.name, 60), x.ownerId, c.metricCadence[x.cadence]));
    blocks.push(section(`${c.metricsHeading}\n${lines.length > 0 ? lines.join('\n') : c.noMetrics}`));
  }
  return blocks;
}

function checkboxInput(o: { blockId: string; label: string; option: PlainTextOption }): KnownBlock {
  return {
    type: 'input',
    block_id: o.blockId,
    optional: true,
    label: plain(clip(o.label, 2000)),
    element: { type: 'checkboxes', action_id: CONTENT_IDS.itemAction, options: [o.option] },
  };
}

/** Slack's multi-select takes at most 100 options. */
function metricsInput(m: M, metrics: Metric[], initial: string[]): KnownBlock {
  const options = metrics.slice(0, 100).map((x) => option(x.name, x.id));
  const chosen = options.filter((o) => initial.includes(o.value ?? ''));
  return {
    type: 'input',
    block_id: CONTENT_IDS.itemBlock('metrics'),
    optional: true,
    label: plain(m.content.goals.metrics),
    element: {
      type: 'multi_static_select',
      action_id: CONTENT_IDS.itemAction,
      placeholder: plain(m.content.goals.metricsPlaceholder),
      options,
      ...(chosen.length > 0 ? { initial_options: chosen } : {}),
    },
  };
}

const text = (
  field: string,
  label: string,
  max: number,
  o: { initial?: string; placeholder?: string; multiline?: boolean; optional?: boolean; hint?: string } = {},
) =>
  textInput({
    blockId: CONTENT_IDS.itemBlock(field),
    actionId: CONTENT_IDS.itemAction,
    label,
    maxLength: max,
    ...o,
  });

/** The window of one entry (a goal, an account, an action), new or as saved, pushed over the phase window. */
export function itemModal(
  language: Language,
  o: {
    ref: ItemRef;
    kind: ItemKind;
    item?: StoredItem;
    canReassign: boolean;
    canRemove: boolean;
    metrics: Metric[];
    defaultOwner?: string;
  },
): View {
  const m = messages(language);
  const c = m.content;
  const blocks: KnownBlock[] = [];
  const item = o.item;
  const owner = (
    fixed: (owner: string | undefined) => string,
    label: string,
    initial?: string,
    hint?: string,
  ) =>
    o.canReassign
      ? userInput({
          blockId: CONTENT_IDS.itemBlock('owner'),
          actionId: CONTENT_IDS.itemAction,
          label,
          optional: true,
          initial,
          ...(hint ? { hint } : {}),
        })
      : section(fixed(initial), CONTENT_IDS.itemBlock('owner'));
  let title = '';
  if (o.kind === 'goal') {
    const goal = item?.kind === 'goal' ? item : undefined;
    title = c.goals.title;
    blocks.push(
      text('text', c.goals.text, GOAL_TEXT_MAX, {
        initial: goal?.text,
        placeholder: c.goals.textPlaceholder,
        multiline: true,
      }),
      o.metrics.length > 0
        ? metricsInput(m, o.metrics, goal?.metricIds ?? [])
        : context(c.goals.noMetricsYet),
    );
  } else if (o.kind === 'channel') {
    const ch = item?.kind === 'channel' ? item : undefined;
    title = c.channels.title;
    const x = c.channels;
    blocks.push(
      text('service', x.service, CHANNEL_TEXT_MAX.service, {
        initial: ch?.service,
        placeholder: x.servicePlaceholder,
      }),
      text('handle', x.handle, CHANNEL_TEXT_MAX.handle, {
        initial: ch?.handle,
        placeholder: x.handlePlaceholder,
      }),
      text('audience', x.audience, CHANNEL_TEXT_MAX.audience, {
        initial: ch?.audience,
        placeholder: x.audiencePlaceholder,
        multiline: true,
      }),
      text('purpose', x.purpose, CHANNEL_TEXT_MAX.purpose, {
        initial: ch?.purpose,
        placeholder: x.purposePlaceholder,
        multiline: true,
      }),
      selectInput({
        blockId: CONTENT_IDS.itemBlock('cadence'),
        actionId: CONTENT_IDS.itemAction,
        label: x.cadence,
        options: POSTING_CADENCES.map((k) => option(c.cadenceName[k], k)),
        initial: ch?.cadence ?? 'weekly',
      }),
      owner(x.ownerFixed, x.owner, ch ? ch.ownerId : o.defaultOwner, x.ownerHint),
    );
  } else {
    const a = item?.kind === 'action' ? item : undefined;
    title = c.actions.title;
    const x = c.actions;
    blocks.push(
      text('what', x.what, ACTION_WHAT_MAX, {
        initial: a?.what,
        placeholder: x.whatPlaceholder,
        multiline: true,
      }),
      owner(x.ownerFixed, x.owner, a ? a.ownerId : o.defaultOwner),
      dateInput({
        blockId: CONTENT_IDS.itemBlock('due'),
        actionId: CONTENT_IDS.itemAction,
        label: x.due,
        optional: true,
        initial: a?.due,
      }),
      radioInput({
        blockId: CONTENT_IDS.itemBlock('done'),
        actionId: CONTENT_IDS.itemAction,
        label: x.state,
        options: [option(x.open, 'open'), option(x.done, 'done')],
        initial: a?.done ? 'done' : 'open',
      }),
    );
  }
  if (o.canRemove)
    blocks.push(
      checkboxInput({
        blockId: CONTENT_IDS.itemBlock('remove'),
        label: c.item.remove,
        option: option(c.item.removeOption, 'remove'),
      }),
    );
  return modal({
    callbackId: CONTENT_IDS.itemView,
    title,
    submit: c.item.save,
    close: c.item.cancel,
    privateMetadata: itemRef(o.ref),
    blocks,
  });
}

/** The check-in's part for the accounts the reporter owns: did each post this period, how many times. */
export function checkinChannelBlocks(language: Language, rows: ChannelToConfirm[]): KnownBlock[] {
  if (rows.length === 0) return [];
  const m = messages(language);
  const c = m.content.checkin;
  const blocks: KnownBlock[] = [section(c.heading)];
  for (const { channel, period, current } of rows) {
    blocks.push(
      radioInput({
        blockId: CONTENT_IDS.postedBlock(channel.id),
        actionId: CONTENT_IDS.postedAction,
        label: c.posted(clip(channel.service, CHANNEL_TEXT_MAX.service), clip(channel.handle, 80)),
        hint: c.postedHint(formatPeriod(language, period), m.content.cadenceName[channel.cadence]),
        optional: true,
        options: [option(c.yes, 'yes'), option(c.no, 'no')],
        ...(current ? { initial: current.posted ? 'yes' : 'no' } : {}),
      }),
      textInput({
        blockId: CONTENT_IDS.countBlock(channel.id),
        actionId: CONTENT_IDS.countAction,
        label: c.count,
        optional: true,
        maxLength: 6,
        initial: current?.count === undefined ? undefined : String(current.count),
      }),
    );
  }
  return blocks;
}

/** The digest's section of accounts gone quiet, each with its owner; undefined when there are none. */
export function quietChannelsText(
  language: Language,
  quiet: QuietChannel[],
  maxLines: number,
): string | undefined {
  if (quiet.length === 0) return undefined;
  const m = messages(language);
  const lines = quiet.slice(0, maxLines).map((q) =>
    m.content.digest.line({
      service: esc(q.service, CHANNEL_TEXT_MAX.service),
      handle: esc(q.handle, 80),
      ...(q.ownerId ? { owner: q.ownerId } : {}),
      cadence: m.content.cadenceName[q.cadence],
      last: q.lastPosted
        ? m.content.channels.lastPosted(formatPeriod(language, q.lastPosted))
        : m.content.channels.neverPosted,
    }),
  );
  if (quiet.length > maxLines) lines.push(m.content.more(quiet.length - maxLines));
  return `${m.content.digest.quiet}\n${lines.join('\n')}`;
}

/** App Home holds 100 blocks: each open action takes one, the accounts one in all. */
export const HOME_MAX_ACTIONS = 8;
const HOME_MAX_CHANNEL_LINES = 10;

/** App Home's part for the actions and accounts the user owns; nothing when they own none. */
export function homeWorkBlocks(
  language: Language,
  owned: { actions: OwnedAction[]; channels: OwnedChannel[] },
): KnownBlock[] {
  const m = messages(language);
  const c = m.content;
  const blocks: KnownBlock[] = [];
  if (owned.actions.length > 0) {
    blocks.push(divider(), section(c.home.actions));
    for (const o of owned.actions.slice(0, HOME_MAX_ACTIONS)) {
      const where = c.home.where(o.strategy.channelId, esc(o.strategy.name, 80));
      blocks.push(
        withButton(
          `${actionLine(language, o.action, o.today)}\n${where}`,
          button(
            c.home.markDone,
            CONTENT_IDS.homeActionDone,
            itemRef({ s: o.strategy.id, t: 'action', i: o.action.id }),
          ),
        ),
      );
    }
    if (owned.actions.length > HOME_MAX_ACTIONS)
      blocks.push(context(c.more(owned.actions.length - HOME_MAX_ACTIONS)));
  }
  if (owned.channels.length > 0) {
    const lines = owned.channels.slice(0, HOME_MAX_CHANNEL_LINES).map((o) => {
      const ch = o.channel;
      const facts = [
        `*${esc(ch.service, CHANNEL_TEXT_MAX.service)}* ${esc(ch.handle, 80)}`,
        c.cadenceName[ch.cadence],
        lastActivityText(m, language, ch),
        ...(o.quiet ? [c.channels.quiet] : []),
      ];
      return `• ${facts.join(' · ')} — <#${o.strategy.channelId}>`;
    });
    if (owned.channels.length > HOME_MAX_CHANNEL_LINES)
      lines.push(c.more(owned.channels.length - HOME_MAX_CHANNEL_LINES));
    if (blocks.length === 0) blocks.push(divider());
    blocks.push(section(`${c.home.channels}\n${lines.join('\n')}`));
  }
  return blocks;
}

/** Why an entry's window cannot open (the rights changed, the entry is gone): only a way back. */
export function itemRefusedView(language: Language, kind: ItemKind, reason: string): View {
  const c = messages(language).content;
  const title = { goal: c.goals.title, channel: c.channels.title, action: c.actions.title }[kind];
  return modal({ callbackId: SAVING_IDS.view, title, close: c.item.cancel, blocks: [section(reason)] });
}

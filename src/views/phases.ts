import type { Button, KnownBlock, View } from '@slack/types';
import { formatLocalDate } from '../domain/dates.js';
import { PHASE_KEYS, type PhaseKey } from '../domain/method.js';
import {
  DELIVERABLE_MAX_LENGTH,
  NOTES_MAX_LENGTH,
  NOTES_PREVIEW_LENGTH,
  type OwnedPhase,
  PHASE_STATUSES,
  type Phase,
  type PhaseStatus,
  phaseNumber,
  phaseTiming,
} from '../domain/phases.js';
import type { Language, Strategy } from '../domain/strategy.js';
import { messages } from '../i18n/index.js';
import {
  actions,
  button,
  clip,
  context,
  dateInput,
  type Message,
  modal,
  option,
  radioInput,
  section,
  textInput,
  userInput,
} from './blocks.js';
import { escapeMrkdwn } from './escape.js';
import { PHASE_IDS } from './ids.js';
import { type PhaseWindowContent, phaseContentBlocks } from './phase-content.js';

// The eight phases as status, App Home, the phase modal and the owners' DMs show them.

/** At most this many of a user's phases on App Home (two blocks each; Home takes 100 blocks). */
export const HOME_PHASE_LIMIT = 15;

const STATUS_ICON: Record<PhaseStatus, string> = {
  not_started: '⚪',
  in_progress: '🔵',
  done: '✅',
  blocked: '⛔',
};

/** What a phase button carries: which phase of which strategy. */
export interface PhaseRef {
  s: string;
  k: PhaseKey;
}

export function phaseRef(strategyId: string, key: PhaseKey): string {
  return JSON.stringify({ s: strategyId, k: key } satisfies PhaseRef);
}

export function phaseName(language: Language, key: PhaseKey): string {
  return messages(language).phases[key].name;
}

/**
 * A link whose label is the address itself: the address cannot end the link early (an `&` in it is
 * text, as everywhere in mrkdwn), the label cannot format.
 */
function link(url: string, label: string): string {
  const href = url.replace(/&/g, '&amp;').replace(/\|/g, '%7C').replace(/</g, '%3C').replace(/>/g, '%3E');
  return `<${href}|${escapeMrkdwn(label)}>`;
}

function phaseLine(language: Language, phase: Phase, today: string, where?: Strategy): string {
  const m = messages(language);
  const timing = phaseTiming(phase, today);
  const facts = [
    phase.ownerId ? `<@${phase.ownerId}>` : `_${m.phase.noOwner}_`,
    phase.dueDate ? m.phase.due(formatLocalDate(language, phase.dueDate)) : m.phase.noDue,
    ...(timing === 'overdue' ? [`:warning: ${m.phase.overdue}`] : []),
    ...(timing === 'due_soon' ? [m.phase.dueSoon] : []),
    `${STATUS_ICON[phase.status]} ${m.phase.statusName[phase.status]}`,
  ];
  const title = `*${phaseNumber(phase.key)}. ${phaseName(language, phase.key)}*`;
  const lines = [
    where ? `${title} — <#${where.channelId}> ${escapeMrkdwn(clip(where.name, 80))}` : title,
    facts.join(' · '),
  ];
  if (phase.notes)
    lines.push(`>${escapeMrkdwn(clip(phase.notes, NOTES_PREVIEW_LENGTH)).replace(/\n/g, '\n>')}`);
  if (phase.deliverableUrl)
    lines.push(`${m.phase.deliverable}: ${link(phase.deliverableUrl, clip(phase.deliverableUrl, 80))}`);
  return lines.join('\n');
}

/** Buttons to move a phase along; the one for its present status is left out. */
export function phaseButtons(language: Language, strategyId: string, phase: Phase): Button[] {
  const m = messages(language);
  const value = phaseRef(strategyId, phase.key);
  return [
    ...(phase.status === 'done' ? [] : [button(m.phase.buttonDone, PHASE_IDS.done, value, 'primary')]),
    ...(phase.status === 'in_progress' ? [] : [button(m.phase.buttonStart, PHASE_IDS.start, value)]),
    ...(phase.status === 'blocked'
      ? []
      : [button(m.phase.buttonBlocked, PHASE_IDS.blocked, value, 'danger')]),
    button(m.phase.buttonEdit, PHASE_IDS.edit, value),
  ];
}

/** The phases section of `status`: all eight, with owner, due date, status and overdue flagged. */
export function phaseStatusBlocks(
  language: Language,
  strategy: Strategy,
  phases: Phase[],
  today: string,
): KnownBlock[] {
  const m = messages(language);
  const blocks: KnownBlock[] = [section(m.phase.heading), context(m.phase.timesIn(strategy.timeZone))];
  for (const phase of phases) {
    blocks.push(
      section(phaseLine(language, phase, today)),
      actions(phaseButtons(language, strategy.id, phase)),
    );
  }
  return blocks;
}

const TIMING_ORDER = { overdue: 0, due_soon: 1, later: 2, none: 3 } as const;

/** App Home's "your phases": what is overdue first, then what is due within a week. */
export function myPhasesHomeBlocks(language: Language, owned: OwnedPhase[]): KnownBlock[] {
  const m = messages(language);
  if (owned.length === 0) return [section(`${m.phase.home.heading}\n${m.phase.home.none}`)];
  const timed = owned.map((o) => ({ ...o, timing: phaseTiming(o.phase, o.today) }));
  const sorted = [...timed].sort(
    (a, b) =>
      TIMING_ORDER[a.timing] - TIMING_ORDER[b.timing] ||
      (a.phase.dueDate ?? '9999').localeCompare(b.phase.dueDate ?? '9999') ||
      PHASE_KEYS.indexOf(a.phase.key) - PHASE_KEYS.indexOf(b.phase.key),
  );
  const overdue = timed.filter((o) => o.timing === 'overdue').length;
  const soon = timed.filter((o) => o.timing === 'due_soon').length;
  const blocks: KnownBlock[] = [section(m.phase.home.heading), context(m.phase.home.summary(overdue, soon))];
  for (const o of sorted.slice(0, HOME_PHASE_LIMIT)) {
    blocks.push(
      section(phaseLine(language, o.phase, o.today, o.strategy)),
      actions(phaseButtons(language, o.strategy.id, o.phase)),
    );
  }
  if (sorted.length > HOME_PHASE_LIMIT)
    blocks.push(context(m.phase.home.more(sorted.length - HOME_PHASE_LIMIT)));
  return blocks;
}

export function phaseModal(
  language: Language,
  o: { strategy: Strategy; phase: Phase; canReassign: boolean; content?: PhaseWindowContent },
): View {
  const m = messages(language);
  const { phase } = o;
  const t = m.phase.modal;
  return modal({
    callbackId: PHASE_IDS.modal,
    title: `${t.title} ${phaseNumber(phase.key)}/8`,
    submit: t.submit,
    close: t.close,
    privateMetadata: phaseRef(o.strategy.id, phase.key),
    blocks: [
      section(`*${phaseNumber(phase.key)}. ${phaseName(language, phase.key)}* — <#${o.strategy.channelId}>`),
      context(m.phases[phase.key].produces),
      o.canReassign
        ? userInput({
            blockId: PHASE_IDS.ownerBlock,
            actionId: PHASE_IDS.ownerAction,
            label: t.owner,
            optional: true,
            initial: phase.ownerId,
          })
        : section(t.ownerFixed(phase.ownerId), PHASE_IDS.ownerBlock),
      dateInput({
        blockId: PHASE_IDS.dueBlock,
        actionId: PHASE_IDS.dueAction,
        label: t.dueDate,
        optional: true,
        initial: phase.dueDate,
      }),
      radioInput({
        blockId: PHASE_IDS.statusBlock,
        actionId: PHASE_IDS.statusAction,
        label: t.status,
        options: PHASE_STATUSES.map((s) => option(`${STATUS_ICON[s]} ${m.phase.statusName[s]}`, s)),
        initial: phase.status,
      }),
      textInput({
        blockId: PHASE_IDS.notesBlock,
        actionId: PHASE_IDS.notesAction,
        label: t.notes,
        hint: t.notesHint(NOTES_MAX_LENGTH),
        optional: true,
        multiline: true,
        maxLength: NOTES_MAX_LENGTH,
        initial: phase.notes ?? undefined,
      }),
      textInput({
        blockId: PHASE_IDS.deliverableBlock,
        actionId: PHASE_IDS.deliverableAction,
        label: t.deliverable,
        hint: t.deliverableHint,
        optional: true,
        maxLength: DELIVERABLE_MAX_LENGTH,
        initial: phase.deliverableUrl ?? undefined,
      }),
      ...(o.content ? phaseContentBlocks(language, o.strategy, phase.key, o.content) : []),
    ],
  });
}

/** The DM to a phase's new owner: what they own, when it is due, and where. */
export function newOwnerMessage(language: Language, strategy: Strategy, phase: Phase, by: string): Message {
  const m = messages(language);
  const text = m.phase.dmNewOwner({
    phase: phaseName(language, phase.key),
    number: phaseNumber(phase.key),
    strategy: escapeMrkdwn(strategy.name),
    channel: strategy.channelId,
    due: phase.dueDate ? m.phase.dmDue(formatLocalDate(language, phase.dueDate)) : m.phase.dmNoDue,
    produces: m.phases[phase.key].produces,
    key: phase.key,
    by,
  });
  // The phase window opens from the DM itself: the owner need not go looking for the channel.
  return {
    text,
    blocks: [
      section(text),
      actions([button(m.nudges.open, PHASE_IDS.edit, phaseRef(strategy.id, phase.key))]),
    ],
  };
}

/** The DM to a phase's previous owner when it is handed on or unassigned. */
export function previousOwnerMessage(
  language: Language,
  strategy: Strategy,
  phase: Phase,
  by: string,
): Message {
  const m = messages(language);
  const text = m.phase.dmPreviousOwner({
    phase: phaseName(language, phase.key),
    strategy: escapeMrkdwn(strategy.name),
    channel: strategy.channelId,
    owner: phase.ownerId,
    by,
  });
  return { text, blocks: [section(text)] };
}

import type { Button, KnownBlock } from '@slack/types';
import { formatLocalDate } from '../domain/dates.js';
import type { OwnerNudge } from '../domain/digest.js';
import type { PhaseKey } from '../domain/method.js';
import type { NoticeDigest, NudgeLine } from '../domain/nudges.js';
import { isPhaseKey, NOTES_PREVIEW_LENGTH } from '../domain/phases.js';
import type { Language, Strategy } from '../domain/strategy.js';
import { messages } from '../i18n/index.js';
import { actions, button, clip, context, type Message, section } from './blocks.js';
import { escapeMrkdwn } from './escape.js';
import { NUDGE_IDS, PHASE_IDS } from './ids.js';
import { phaseRef } from './phases.js';

// The owner's nudge (every phase in it with buttons that act in place), the admins' request to
// reassign a phase its owner disowned, and the notices of changes made by someone else.

/** What a nudge button carries: the phase, and every phase the message lists (to redraw it). */
export interface NudgeRef {
  s: string;
  k: PhaseKey;
  ks: PhaseKey[];
}

type M = ReturnType<typeof messages>;

const name = (m: M, key: PhaseKey) => m.phases[key].name;

function lineText(m: M, language: Language, l: NudgeLine): string {
  const phase = name(m, l.phase);
  switch (l.state) {
    case 'open':
      if (l.when === 'today') return m.nudges.dueToday(phase);
      return (l.when === 'overdue' ? m.nudge.overdue : m.nudge.dueSoon)(
        phase,
        formatLocalDate(language, l.due),
      );
    case 'done':
      return m.nudges.isDone(phase);
    case 'marked_done':
      return m.nudges.markedDone(phase);
    case 'disowned':
      return m.nudges.disowned(phase);
    case 'blocked':
      return m.nudges.isBlocked(phase);
    case 'snoozed':
      return m.nudges.snoozed(phase, formatLocalDate(language, l.until));
    case 'moved':
      return m.nudges.movedOn(phase, l.ownerId);
  }
}

function nudgeButtons(m: M, strategyId: string, key: PhaseKey, listed: PhaseKey[]): Button[] {
  const value = JSON.stringify({ s: strategyId, k: key, ks: listed } satisfies NudgeRef);
  return [
    button(m.nudges.markDone, NUDGE_IDS.done, value, 'primary'),
    button(m.nudges.snooze, NUDGE_IDS.snooze, value),
    button(m.nudges.open, PHASE_IDS.edit, phaseRef(strategyId, key)),
    button(m.nudges.notMine, NUDGE_IDS.notMine, value),
  ];
}

/**
 * The nudge: each phase on its own line with its four buttons (a strategy has eight phases, so at
 * most 17 blocks). A phase already dealt with keeps its line, without buttons.
 */
export function nudgeLinesMessage(
  language: Language,
  strategy: Pick<Strategy, 'id' | 'name'>,
  lines: NudgeLine[],
): Message {
  const m = messages(language);
  const title = m.nudge.title(escapeMrkdwn(strategy.name));
  const listed = lines.map((l) => l.phase);
  const blocks: KnownBlock[] = [section(title)];
  for (const l of lines) {
    blocks.push(section(lineText(m, language, l)));
    if (l.state === 'open') blocks.push(actions(nudgeButtons(m, strategy.id, l.phase, listed)));
  }
  blocks.push(context(m.nudges.ladder));
  return { text: title, blocks };
}

/** The nudge the scheduler sends: overdue phases first, then those due soon or today. */
export function nudgeMessage(
  language: Language,
  strategy: Pick<Strategy, 'id' | 'name'>,
  nudge: OwnerNudge,
): Message {
  const today = nudge.date;
  const lines: NudgeLine[] = [];
  for (const [items, overdue] of [
    [nudge.overdue, true],
    [nudge.dueSoon, false],
  ] as const)
    for (const p of items)
      if (isPhaseKey(p.phase) && p.due)
        lines.push({
          phase: p.phase,
          state: 'open',
          due: p.due,
          when: overdue ? 'overdue' : p.due === today ? 'today' : 'ahead',
        });
  return nudgeLinesMessage(language, strategy, lines);
}

/** To each admin: the owner says the phase is not theirs; a select gives it its new owner. */
export function reassignRequestMessage(
  language: Language,
  strategy: Pick<Strategy, 'id' | 'name' | 'channelId'>,
  key: PhaseKey,
  ownerId: string,
): Message {
  const m = messages(language);
  const text = m.nudges.reassignRequest(
    ownerId,
    name(m, key),
    escapeMrkdwn(strategy.name),
    strategy.channelId,
  );
  return {
    text,
    blocks: [
      {
        type: 'section',
        block_id: NUDGE_IDS.reassignBlock(phaseRef(strategy.id, key)),
        text: { type: 'mrkdwn', text: clip(text, 3000), verbatim: true },
        accessory: {
          type: 'users_select',
          action_id: NUDGE_IDS.reassign,
          placeholder: { type: 'plain_text', text: m.nudges.reassignPlaceholder },
        },
      },
    ],
  };
}

/** The admin's request once answered: who owns the phase now. */
export function reassignedMessage(
  language: Language,
  key: PhaseKey,
  text: (phase: string) => string,
): Message {
  const m = messages(language);
  const said = text(name(m, key));
  return { text: said, blocks: [section(said)] };
}

// A batch is one person's notices about one strategy; folded, it holds at most a change of each
// field of each phase, but a phase may be blocked many times before it goes out.
const MAX_BLOCKED = 10;

/** The notices of changes others made, and of phases marked blocked (to the admins). */
export function noticesMessage(
  language: Language,
  strategy: Pick<Strategy, 'id' | 'name'>,
  notices: NoticeDigest,
): Message {
  const m = messages(language);
  const n = m.notices;
  const title = n.title(escapeMrkdwn(strategy.name));
  const who = (ids: string[]) => ids.map((u) => `<@${u}>`).join(', ');
  const date = (d: string | null) => formatLocalDate(language, d ?? '');
  const status = (s: string | null) => (m.phase.statusName as Record<string, string>)[s ?? ''] ?? s ?? '';
  const phaseOf = (key: string) => (isPhaseKey(key) ? name(m, key) : key);
  const lines = notices.changes.map((c) => {
    const phase = phaseOf(c.phase);
    if (c.field === 'status') return n.statusChanged(who(c.actors), phase, status(c.before), status(c.after));
    if (!c.after) return n.dueRemoved(who(c.actors), phase);
    if (!c.before) return n.dueSet(who(c.actors), phase, date(c.after));
    return n.dueChanged(who(c.actors), phase, date(c.before), date(c.after));
  });
  const blocks: KnownBlock[] = [section(title)];
  if (lines.length > 0) blocks.push(section(lines.join('\n')));
  for (const b of notices.blocked.slice(0, MAX_BLOCKED)) {
    const note = b.note ? n.note(escapeMrkdwn(clip(b.note, NOTES_PREVIEW_LENGTH))) : n.noNote;
    blocks.push(section(`${n.blocked(`<@${b.actorId}>`, phaseOf(b.phase), b.ownerId)}\n${note}`));
  }
  if (notices.blocked.length > MAX_BLOCKED)
    blocks.push(context(n.more(notices.blocked.length - MAX_BLOCKED)));
  const phases = [...new Set([...notices.changes, ...notices.blocked].map((c) => c.phase))].filter(
    isPhaseKey,
  );
  if (phases.length > 0)
    blocks.push(
      actions(
        phases.map((k) =>
          button(`${m.nudges.open}: ${name(m, k)}`, PHASE_IDS.edit, phaseRef(strategy.id, k)),
        ),
      ),
    );
  return { text: title, blocks };
}

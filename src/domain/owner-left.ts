import type { PhaseKey } from './method.js';
import type { Metric } from './metric.js';
import type { PhaseContent } from './phase-content.js';
import type { Phase } from './phases.js';

// Items whose owner Slack reported deactivated. Nobody is told about them and nobody reports
// their values, so they are listed where an admin looks (the digest, App Home) until reassigned.

/** One item with an owner of its own. */
export type OwnedItemRef =
  | { kind: 'phase'; key: PhaseKey }
  | { kind: 'metric'; id: string }
  | { kind: 'action'; id: string }
  | { kind: 'channel'; id: string };

export interface OwnerLeftItem {
  ref: OwnedItemRef;
  /** What people typed to name it (metric name, action, account); a phase is named by its key. */
  label: string | null;
  ownerId: string;
}

export function ownerLeftItems(
  input: { phases: Phase[]; metrics: Metric[]; content: PhaseContent },
  departed: ReadonlySet<string>,
): OwnerLeftItem[] {
  const gone = (id: string | null | undefined): id is string => Boolean(id && departed.has(id));
  const items: OwnerLeftItem[] = [];
  for (const p of input.phases)
    if (gone(p.ownerId) && p.status !== 'done')
      items.push({ ref: { kind: 'phase', key: p.key }, label: null, ownerId: p.ownerId });
  for (const m of input.metrics)
    if (gone(m.ownerId) && !m.archivedAt)
      items.push({ ref: { kind: 'metric', id: m.id }, label: m.name, ownerId: m.ownerId });
  for (const a of input.content.actions)
    if (gone(a.ownerId) && !a.done)
      items.push({ ref: { kind: 'action', id: a.id }, label: a.what, ownerId: a.ownerId });
  for (const c of input.content.channels)
    if (gone(c.ownerId))
      items.push({
        ref: { kind: 'channel', id: c.id },
        label: `${c.service} ${c.handle}`,
        ownerId: c.ownerId,
      });
  return items;
}

import { createHash } from 'node:crypto';
import { PLAN_SECTION_KEYS, type PlanSectionKey, type PlanVersion } from './plan.js';

// Versions of the documented plan. A plan is a new version only when what the team entered in it
// changed; making the same plan again, a day later, keeps its number, date and list of changes.

/** A version as it was recorded: its number, a fingerprint of each part, and what it changed. */
export interface RecordedVersion {
  version: number;
  fingerprint: string;
  sections: Partial<Record<PlanSectionKey, string>>;
  changed: PlanSectionKey[];
  /** `YYYY-MM-DD` in the strategy's time zone. */
  date: string;
}

function hash(value: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(value ?? null))
    .digest('hex');
}

/** A fingerprint of each part of the plan (planSections), and of the whole. */
export function fingerprintSections(sections: Record<PlanSectionKey, unknown>): {
  fingerprint: string;
  sections: Record<PlanSectionKey, string>;
} {
  const out = Object.fromEntries(PLAN_SECTION_KEYS.map((k) => [k, hash(sections[k])])) as Record<
    PlanSectionKey,
    string
  >;
  return { fingerprint: hash(PLAN_SECTION_KEYS.map((k) => out[k])), sections: out };
}

/**
 * The version this plan is: the latest recorded one when nothing changed since, otherwise the next,
 * listing the parts whose fingerprint differs (`isNew`: it should be recorded).
 */
export function planVersion(
  latest: RecordedVersion | undefined,
  current: { fingerprint: string; sections: Record<PlanSectionKey, string> },
  today: string,
): PlanVersion & { isNew: boolean } {
  if (!latest) return { number: 1, date: today, changed: [], isNew: true };
  if (latest.fingerprint === current.fingerprint)
    return { number: latest.version, date: latest.date, changed: latest.changed, isNew: false };
  return {
    number: latest.version + 1,
    date: today,
    changed: PLAN_SECTION_KEYS.filter((k) => latest.sections[k] !== current.sections[k]),
    isNew: true,
  };
}

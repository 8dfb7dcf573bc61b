import { randomUUID } from 'node:crypto';
import type { Insertable, Selectable } from 'kysely';
import {
  type Answers,
  type GapBasis,
  type Judgements,
  parseAnswers,
  parseGapBasis,
  parseJudgements,
} from '../domain/readiness.js';
import type { Db } from './db.js';
import { parseStoredJson } from './json.js';
import { columnsOf } from './nested.js';
import type { AssessmentDraftTable, AssessmentRevisionTable } from './schema.js';
import { byTeam, type Ref } from './scoped.js';
import type { Scope } from './strategies.js';

export interface AssessmentRevision {
  id: string;
  strategyId: string;
  revision: number;
  answers: Partial<Answers>;
  judgements: Judgements;
  gapBasis: GapBasis;
  createdBy: string;
  createdAt: Date;
}

export interface AssessmentDraft {
  strategyId: string;
  userId: string;
  answers: Partial<Answers>;
  /** Null for a draft kept before the judgements were asked: the revision's stand. */
  judgements: Judgements | null;
  updatedAt: Date;
}

/** Unreadable answers read as none: the revision still counts, the modal starts empty. */
const answersOf = (row: { answers_json: string }) => parseAnswers(parseStoredJson(row.answers_json));
const judgementsOf = (row: { judgements_json: string | null }) =>
  parseJudgements(parseStoredJson(row.judgements_json));

export function toRevision(row: Selectable<AssessmentRevisionTable>): AssessmentRevision {
  return {
    id: row.id,
    strategyId: row.strategy_id,
    revision: Number(row.revision),
    answers: answersOf(row),
    judgements: judgementsOf(row),
    gapBasis: parseGapBasis(parseStoredJson(row.gap_basis_json)),
    createdBy: row.created_by,
    createdAt: new Date(Number(row.created_at)),
  };
}

export function toDraft(row: Selectable<AssessmentDraftTable>): AssessmentDraft {
  return {
    strategyId: row.strategy_id,
    userId: row.user_id,
    answers: answersOf(row),
    judgements: row.judgements_json === null ? null : judgementsOf(row),
    updatedAt: new Date(Number(row.updated_at)),
  };
}

const REVISION_COLUMNS = columnsOf<AssessmentRevisionTable>({
  id: true,
  team_id: true,
  strategy_id: true,
  revision: true,
  answers_json: true,
  judgements_json: true,
  gap_basis_json: true,
  created_by: true,
  created_at: true,
});

const DRAFT_COLUMNS = columnsOf<AssessmentDraftTable>({
  strategy_id: true,
  team_id: true,
  user_id: true,
  answers_json: true,
  judgements_json: true,
  updated_at: true,
});

/** The query for the strategy's latest revision row. */
export function latestRevisionRow(db: Db, scope: Scope, strategyId: string) {
  return db
    .selectFrom('assessment_revisions')
    .select(REVISION_COLUMNS)
    .where('team_id', '=', scope.teamId)
    .where('strategy_id', '=', strategyId)
    .orderBy('revision', 'desc')
    .limit(1);
}

export async function findLatestRevision(
  db: Db,
  scope: Scope,
  strategyId: string,
): Promise<AssessmentRevision | undefined> {
  const row = await latestRevisionRow(db, scope, strategyId).executeTakeFirst();
  return row && toRevision(row);
}

/** Several strategies' latest revisions in one read, keyed by strategy id. */
export async function findLatestRevisions(
  db: Db,
  refs: readonly Ref[],
): Promise<Map<string, AssessmentRevision>> {
  const out = new Map<string, AssessmentRevision>();
  const groups = byTeam(refs);
  if (groups.length === 0) return out;
  const rows = await db
    .selectFrom('assessment_revisions as r')
    .selectAll()
    .where((eb) =>
      eb.or(
        groups.map(([teamId, ids]) => eb.and([eb('r.team_id', '=', teamId), eb('r.strategy_id', 'in', ids)])),
      ),
    )
    .where('r.revision', '=', (eb) =>
      eb
        .selectFrom('assessment_revisions as l')
        .select((e) => e.fn.max('l.revision').as('latest'))
        .whereRef('l.team_id', '=', 'r.team_id')
        .whereRef('l.strategy_id', '=', 'r.strategy_id'),
    )
    .execute();
  for (const row of rows) out.set(row.strategy_id, toRevision(row));
  return out;
}

/** Adds the next revision; the (strategy, revision) key refuses a concurrent duplicate. */
export async function insertRevision(
  db: Db,
  scope: Scope,
  r: Omit<AssessmentRevision, 'id' | 'createdAt'> & { at: number },
): Promise<string> {
  const row: Insertable<AssessmentRevisionTable> = {
    id: randomUUID(),
    team_id: scope.teamId,
    strategy_id: r.strategyId,
    revision: r.revision,
    answers_json: JSON.stringify(r.answers),
    judgements_json: JSON.stringify(r.judgements),
    gap_basis_json: JSON.stringify(r.gapBasis),
    created_by: r.createdBy,
    created_at: r.at,
  };
  await db.insertInto('assessment_revisions').values(row).execute();
  return row.id;
}

/** The query for the person's draft row. */
export function draftRow(db: Db, scope: Scope, strategyId: string, userId: string) {
  return db
    .selectFrom('assessment_drafts')
    .select(DRAFT_COLUMNS)
    .where('team_id', '=', scope.teamId)
    .where('strategy_id', '=', strategyId)
    .where('user_id', '=', userId);
}

export async function findDraft(
  db: Db,
  scope: Scope,
  strategyId: string,
  userId: string,
): Promise<AssessmentDraft | undefined> {
  const row = await draftRow(db, scope, strategyId, userId).executeTakeFirst();
  return row && toDraft(row);
}

export async function upsertDraft(
  db: Db,
  scope: Scope,
  d: Omit<AssessmentDraft, 'updatedAt' | 'judgements'> & { judgements: Judgements; at: number },
): Promise<void> {
  const answersJson = JSON.stringify(d.answers);
  const judgementsJson = JSON.stringify(d.judgements);
  await db
    .insertInto('assessment_drafts')
    .values({
      strategy_id: d.strategyId,
      team_id: scope.teamId,
      user_id: d.userId,
      answers_json: answersJson,
      judgements_json: judgementsJson,
      updated_at: d.at,
    })
    .onConflict((oc) =>
      oc
        .columns(['strategy_id', 'user_id'])
        .doUpdateSet({ answers_json: answersJson, judgements_json: judgementsJson, updated_at: d.at }),
    )
    .execute();
}

export async function deleteDraft(db: Db, scope: Scope, strategyId: string, userId: string): Promise<void> {
  await db
    .deleteFrom('assessment_drafts')
    .where('team_id', '=', scope.teamId)
    .where('strategy_id', '=', strategyId)
    .where('user_id', '=', userId)
    .execute();
}

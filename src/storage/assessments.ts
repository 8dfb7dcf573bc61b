import { randomUUID } from 'node:crypto';
import type { Insertable, Selectable } from 'kysely';
import { type Answers, parseAnswers } from '../domain/readiness.js';
import type { Db } from './db.js';
import { parseStoredJson } from './json.js';
import type { AssessmentDraftTable, AssessmentRevisionTable } from './schema.js';
import type { Scope } from './strategies.js';

export interface AssessmentRevision {
  id: string;
  strategyId: string;
  revision: number;
  answers: Partial<Answers>;
  createdBy: string;
  createdAt: Date;
}

export interface AssessmentDraft {
  strategyId: string;
  userId: string;
  answers: Partial<Answers>;
  updatedAt: Date;
}

/** Unreadable answers read as none: the revision still counts, the modal starts empty. */
const answersOf = (row: { answers_json: string }) => parseAnswers(parseStoredJson(row.answers_json));

function toRevision(row: Selectable<AssessmentRevisionTable>): AssessmentRevision {
  return {
    id: row.id,
    strategyId: row.strategy_id,
    revision: Number(row.revision),
    answers: answersOf(row),
    createdBy: row.created_by,
    createdAt: new Date(Number(row.created_at)),
  };
}

function toDraft(row: Selectable<AssessmentDraftTable>): AssessmentDraft {
  return {
    strategyId: row.strategy_id,
    userId: row.user_id,
    answers: answersOf(row),
    updatedAt: new Date(Number(row.updated_at)),
  };
}

export async function findLatestRevision(
  db: Db,
  scope: Scope,
  strategyId: string,
): Promise<AssessmentRevision | undefined> {
  const row = await db
    .selectFrom('assessment_revisions')
    .selectAll()
    .where('team_id', '=', scope.teamId)
    .where('strategy_id', '=', strategyId)
    .orderBy('revision', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && toRevision(row);
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
    created_by: r.createdBy,
    created_at: r.at,
  };
  await db.insertInto('assessment_revisions').values(row).execute();
  return row.id;
}

export async function findDraft(
  db: Db,
  scope: Scope,
  strategyId: string,
  userId: string,
): Promise<AssessmentDraft | undefined> {
  const row = await db
    .selectFrom('assessment_drafts')
    .selectAll()
    .where('team_id', '=', scope.teamId)
    .where('strategy_id', '=', strategyId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row && toDraft(row);
}

export async function upsertDraft(
  db: Db,
  scope: Scope,
  d: Omit<AssessmentDraft, 'updatedAt'> & { at: number },
): Promise<void> {
  const answersJson = JSON.stringify(d.answers);
  await db
    .insertInto('assessment_drafts')
    .values({
      strategy_id: d.strategyId,
      team_id: scope.teamId,
      user_id: d.userId,
      answers_json: answersJson,
      updated_at: d.at,
    })
    .onConflict((oc) =>
      oc.columns(['strategy_id', 'user_id']).doUpdateSet({ answers_json: answersJson, updated_at: d.at }),
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

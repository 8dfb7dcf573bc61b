import { randomUUID } from 'node:crypto';
import { type Answers, parseAnswers } from '../domain/readiness.js';
import type { Db } from './db.js';
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

function readJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
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
  if (!row) return undefined;
  return {
    id: row.id,
    strategyId: row.strategy_id,
    revision: Number(row.revision),
    answers: parseAnswers(readJson(row.answers_json)),
    createdBy: row.created_by,
    createdAt: new Date(Number(row.created_at)),
  };
}

/** Adds the next revision; the (strategy, revision) key refuses a concurrent duplicate. */
export async function insertRevision(
  db: Db,
  scope: Scope,
  r: { strategyId: string; revision: number; answers: Partial<Answers>; createdBy: string; at: number },
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('assessment_revisions')
    .values({
      id,
      team_id: scope.teamId,
      strategy_id: r.strategyId,
      revision: r.revision,
      answers_json: JSON.stringify(r.answers),
      created_by: r.createdBy,
      created_at: r.at,
    })
    .execute();
  return id;
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
  if (!row) return undefined;
  return {
    strategyId: row.strategy_id,
    userId: row.user_id,
    answers: parseAnswers(readJson(row.answers_json)),
    updatedAt: new Date(Number(row.updated_at)),
  };
}

export async function upsertDraft(
  db: Db,
  scope: Scope,
  d: { strategyId: string; userId: string; answers: Partial<Answers>; at: number },
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

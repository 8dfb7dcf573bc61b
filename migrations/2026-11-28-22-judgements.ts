import type { Kysely } from 'kysely';

// Frozen in time (nothing imported from the app).
//
// The readiness analysis asks three judgements besides the ten answers (can the audience be
// reached, are the time and money there, does someone really own it); a draft and a revision keep
// them as JSON text. A revision also keeps, per question, whether the phase that closes the
// question's gap was already done when the answer last changed: a gap counts as addressed only by
// a phase finished after that. Older rows have neither (null): judgements not made, no phase done.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('assessment_revisions').addColumn('judgements_json', 'text').execute();
  await db.schema.alterTable('assessment_revisions').addColumn('gap_basis_json', 'text').execute();
  await db.schema.alterTable('assessment_drafts').addColumn('judgements_json', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('assessment_drafts').dropColumn('judgements_json').execute();
  await db.schema.alterTable('assessment_revisions').dropColumn('gap_basis_json').execute();
  await db.schema.alterTable('assessment_revisions').dropColumn('judgements_json').execute();
}

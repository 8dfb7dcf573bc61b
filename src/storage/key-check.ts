import type { Db } from './db.js';
import { type Sealer, UnopenableError } from './sealer.js';

// Whether the configured encryption keys are the ones this database's secrets were sealed with.
// A known text is sealed the first time the app starts with a key, and must open at every start.

const CHECK_ID = 'encryption';
const CHECK_TEXT = 'smstrategy encryption key check';

export type KeyCheck =
  | { ok: true; outcome: 'opened' | 'written' | 'resealed' }
  /** No configured key opens what the database holds; `keyId` names the key that sealed it. */
  | { ok: false; keyId: string };

function opens(sealer: Sealer, keyId: string, sealed: string): boolean {
  try {
    return sealer.open(keyId, sealed) === CHECK_TEXT;
  } catch (err) {
    if (err instanceof UnopenableError) return false;
    throw err;
  }
}

export async function checkEncryptionKey(db: Db, sealer: Sealer, at: number): Promise<KeyCheck> {
  const row = await db
    .selectFrom('key_checks')
    .select(['key_id', 'sealed'])
    .where('id', '=', CHECK_ID)
    .executeTakeFirst();
  if (row) {
    if (!opens(sealer, row.key_id, row.sealed)) return { ok: false, keyId: row.key_id };
    if (row.key_id === sealer.currentKeyId) return { ok: true, outcome: 'opened' };
    // Opened by a previous key after a rotation: sealed again under the current one, so the check
    // still works once the previous key is dropped.
    await resealKeyCheck(db, sealer, at);
    return { ok: true, outcome: 'resealed' };
  }

  // No check yet: a database from before the check, or a new one. Secrets already stored must
  // open with these keys, or the check would be sealed under a wrong key and bless it.
  const stored = await db
    .selectFrom('installations')
    .select(['key_id', 'sealed'])
    .orderBy('updated_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (stored) {
    try {
      sealer.open(stored.key_id, stored.sealed);
    } catch (err) {
      if (err instanceof UnopenableError) return { ok: false, keyId: stored.key_id };
      throw err;
    }
  }
  const { keyId, sealed } = sealer.seal(CHECK_TEXT);
  await db
    .insertInto('key_checks')
    .values({ id: CHECK_ID, key_id: keyId, sealed, updated_at: at })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  // Another process starting at the same moment may have written its own first: read it back.
  const written = await db
    .selectFrom('key_checks')
    .select(['key_id', 'sealed'])
    .where('id', '=', CHECK_ID)
    .executeTakeFirstOrThrow();
  return opens(sealer, written.key_id, written.sealed)
    ? { ok: true, outcome: 'written' }
    : { ok: false, keyId: written.key_id };
}

/** Seals the check again under the current key (after a rotation); false when there is none. */
export async function resealKeyCheck(db: Db, sealer: Sealer, at: number): Promise<boolean> {
  const row = await db
    .selectFrom('key_checks')
    .select(['key_id', 'sealed'])
    .where('id', '=', CHECK_ID)
    .executeTakeFirst();
  if (!row || row.key_id === sealer.currentKeyId) return false;
  const { keyId, sealed } = sealer.seal(sealer.open(row.key_id, row.sealed));
  await db
    .updateTable('key_checks')
    .set({ key_id: keyId, sealed, updated_at: at })
    .where('id', '=', CHECK_ID)
    .where('key_id', '=', row.key_id)
    .execute();
  return true;
}

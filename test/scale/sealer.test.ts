import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Db, migrateToLatest, openDatabase } from '../../src/storage/db.js';
import { findInstallation, resealInstallations, saveInstallation } from '../../src/storage/installations.js';
import { Sealer } from '../../src/storage/sealer.js';

describe('tokens at rest', () => {
  it('seals with AES-256-GCM: a fresh nonce every time, and tampering is detected', () => {
    const sealer = new Sealer(randomBytes(32));
    const a = sealer.seal('xoxb-secret');
    const b = sealer.seal('xoxb-secret');
    expect(a.sealed).not.toEqual(b.sealed);
    expect(a.sealed).not.toContain('secret');
    expect(sealer.open(a.keyId, a.sealed)).toBe('xoxb-secret');
    const raw = Buffer.from(a.sealed, 'base64');
    raw[raw.length - 1]! ^= 1;
    expect(() => sealer.open(a.keyId, raw.toString('base64'))).toThrow();
  });

  it('rotates keys: the previous key still opens, resealing moves every row to the new key', async () => {
    await withDatabase(async (db) => {
      const oldKey = randomBytes(32);
      const newKey = randomBytes(32);
      const before = new Sealer(oldKey);
      await saveInstallation(db, before, { ...install, data: { bot: { token: 'xoxb-1' } } }, 1);

      expect(() => new Sealer(newKey).open(before.currentKeyId, 'AAAA')).toThrow(/ENCRYPTION_KEY_PREVIOUS/);
      const after = new Sealer(newKey, [oldKey]);
      expect(await findInstallation(db, after, 'T1')).toEqual({ bot: { token: 'xoxb-1' } });
      expect(await resealInstallations(db, after, 2)).toBe(1);
      expect(await resealInstallations(db, after, 3)).toBe(0);
      expect(await findInstallation(db, new Sealer(newKey), 'T1')).toEqual({ bot: { token: 'xoxb-1' } });
    });
  });

  it('refuses an installation that opens to no JSON, naming the team and never quoting the text', async () => {
    await withDatabase(async (db) => {
      const sealer = new Sealer(randomBytes(32));
      await saveInstallation(db, sealer, { ...install, data: {} }, 1);
      const { keyId, sealed } = sealer.seal('{"bot":{"token":"xoxb-cut-short');
      await db
        .updateTable('installations')
        .set({ key_id: keyId, sealed })
        .where('team_id', '=', 'T1')
        .execute();
      const error = await findInstallation(db, sealer, 'T1').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toBe('the stored installation of team T1 is not JSON');
      await expect(findInstallation(db, sealer, 'T2')).resolves.toBeUndefined();
    });
  });
});

const install = { teamId: 'T1', enterpriseId: null, botUserId: 'UB', installedBy: 'U1' };

async function withDatabase(use: (db: Db) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'smstrategy-seal-'));
  const db = openDatabase({ kind: 'sqlite', path: join(dir, 'x.db') });
  try {
    await migrateToLatest(db);
    await use(db);
  } finally {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

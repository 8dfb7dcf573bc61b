import { existsSync, renameSync, rmSync } from 'node:fs';
import SQLite from 'better-sqlite3';

export interface BackupResult {
  pages: number;
}

/**
 * Copies a live SQLite database to `to` with SQLite's online backup API. The copy is taken in a
 * single step under one read transaction, so it is one consistent snapshot however many writes
 * other connections or processes make meanwhile (in WAL mode they are not blocked). It is
 * written beside `to` first and renamed into place, so a failed backup leaves no half file.
 */
export async function backupSqlite(path: string, to: string): Promise<BackupResult> {
  if (existsSync(to)) throw new Error(`${to} already exists: choose a new file for the backup`);
  const source = new SQLite(path, { fileMustExist: true, readonly: true });
  const partial = `${to}.partial`;
  try {
    source.pragma('busy_timeout = 5000');
    rmSync(partial, { force: true });
    // The first transfer only opens the backup; the second copies every page at once.
    const result = await source.backup(partial, { progress: () => 0x7fffffff });
    renameSync(partial, to);
    return { pages: result.totalPages };
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  } finally {
    source.close();
  }
}

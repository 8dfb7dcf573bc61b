import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from './harness.js';

const run = promisify(execFile);

/** Where PostgreSQL's server programs are, newest version first; undefined when none is installed. */
function serverBinaries(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) {
    const bin = join(root, v, 'bin');
    if (existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'pg_ctl'))) return bin;
  }
  return undefined;
}

/** The server refuses to run as root: as root, it runs as the postgres user. */
function runAs(): { user: string; uid: number } | undefined {
  if (userInfo().uid !== 0) return undefined;
  try {
    const line = readFileSync('/etc/passwd', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('postgres:'));
    return line ? { user: 'postgres', uid: Number(line.split(':')[2]) } : undefined;
  } catch {
    return undefined;
  }
}

/** Why a throwaway cluster cannot be made here; undefined when it can. */
export function clusterUnavailable(): string | undefined {
  if (!serverBinaries())
    return 'no PostgreSQL server programs (initdb, pg_ctl) under /usr/lib/postgresql/*/bin';
  if (userInfo().uid === 0 && !runAs())
    return 'running as root and there is no postgres user to run the server as';
  return undefined;
}

/**
 * A PostgreSQL cluster of a test's own, in a temporary directory on a free port, that the test can
 * stop and start again: an outage of the database, for real.
 */
export class PgCluster {
  private constructor(
    private readonly bin: string,
    private readonly dir: string,
    readonly port: number,
    private readonly as: { user: string; uid: number } | undefined,
  ) {}

  static async create(): Promise<PgCluster> {
    const bin = serverBinaries();
    if (!bin) throw new Error(clusterUnavailable());
    const as = runAs();
    const dir = mkdtempSync(join(tmpdir(), 'smstrategy-pg-'));
    if (as) chownSync(dir, as.uid, -1);
    const cluster = new PgCluster(bin, dir, await freePort(), as);
    await cluster.exec('initdb', ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres', '--no-sync']);
    return cluster;
  }

  private exec(program: string, args: string[]): Promise<unknown> {
    const path = join(this.bin, program);
    return this.as ? run('runuser', ['-u', this.as.user, '--', path, ...args]) : run(path, args);
  }

  url(database = 'postgres'): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  async start(): Promise<void> {
    await this.exec('pg_ctl', [
      '-D',
      join(this.dir, 'data'),
      '-l',
      join(this.dir, 'log'),
      '-w',
      '-o',
      `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
      'start',
    ]);
  }

  /** Stops the server as a restart or failover would: connections are cut, transactions rolled back. */
  async stop(): Promise<void> {
    await this.exec('pg_ctl', ['-D', join(this.dir, 'data'), '-m', 'fast', '-w', 'stop']);
  }

  async createDatabase(name: string): Promise<string> {
    await this.admin((c) => c.query(`create database ${name}`));
    return this.url(name);
  }

  /** Cuts every other connection to the server, as pg_terminate_backend does for an operator. */
  async terminateBackends(): Promise<number> {
    return this.admin(async (c) => {
      const { rows } = await c.query<{ done: boolean }>(
        `select pg_terminate_backend(pid) as done from pg_stat_activity
          where pid <> pg_backend_pid() and backend_type = 'client backend'`,
      );
      return rows.filter((r) => r.done).length;
    });
  }

  private async admin<T>(use: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: this.url() });
    await client.connect();
    try {
      return await use(client);
    } finally {
      await client.end();
    }
  }

  async destroy(): Promise<void> {
    await this.stop().catch(() => {});
    rmSync(this.dir, { recursive: true, force: true });
  }
}

import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import type { Db } from '../../src/storage/db.js';

/**
 * A slow database on demand: once armed, the next query of the given kind on the given table
 * does not return until the test lets it (or fails it), so a save takes as long as the test
 * wants without any sleep. Asynchronous, so the app's event loop stays free meanwhile, as it
 * does while PostgreSQL waits on a lock.
 */
export class HoldBack implements KyselyPlugin {
  private armed: { kind: RootOperationNode['kind']; table: string } | undefined;
  private readonly held = new Set<string>();
  private gate: Promise<void> = Promise.resolve();
  private open: () => void = () => {};
  private shut: (error: Error) => void = () => {};
  private markReached: () => void = () => {};
  /** Resolves once a held query has reached the gate. */
  reached: Promise<void> = Promise.resolve();

  /** Holds the next `kind` query on `table` (e.g. InsertQueryNode on audit_events). */
  arm(kind: RootOperationNode['kind'], table: string): void {
    this.armed = { kind, table };
    this.gate = new Promise<void>((resolve, reject) => {
      this.open = resolve;
      this.shut = reject;
    });
    this.gate.catch(() => {});
    this.reached = new Promise<void>((resolve) => {
      this.markReached = resolve;
    });
  }

  /** Lets the held query return. */
  release(): void {
    this.open();
  }

  /** Makes the held query fail, as a database error would. */
  fail(error: Error): void {
    this.shut(error);
  }

  wrap(db: Db): Db {
    return db.withPlugin(this);
  }

  transformQuery({ node, queryId }: PluginTransformQueryArgs): RootOperationNode {
    const armed = this.armed;
    if (armed && node.kind === armed.kind && JSON.stringify(node).includes(`"name":"${armed.table}"`)) {
      this.armed = undefined;
      this.held.add(queryId.queryId);
    }
    return node;
  }

  async transformResult({ queryId, result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    if (this.held.delete(queryId.queryId)) {
      this.markReached();
      await this.gate;
    }
    return result;
  }
}

/**
 * What this process knows about the parts it depends on, as `/healthz` reports them. Each part is
 * healthy or names what is wrong in a word (`database: "down"`, `slack: "unreachable"`); the
 * process is healthy only while every part is.
 */
export type HealthState = 'up' | (string & {});

export class Health {
  private readonly parts = new Map<string, HealthState>();

  /** Records a part's state; `up` when it works, otherwise a word saying what is wrong. */
  set(part: string, state: HealthState): void {
    this.parts.set(part, state);
  }

  get(part: string): HealthState | undefined {
    return this.parts.get(part);
  }

  /** Every part's state, and whether all of them are up. */
  snapshot(): { ok: boolean } & Record<string, HealthState | boolean> {
    const parts = Object.fromEntries(this.parts);
    return { ok: [...this.parts.values()].every((s) => s === 'up'), ...parts };
  }
}

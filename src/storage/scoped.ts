/** A row of a workspace, named by its id: what the set reads take. */
export interface Ref {
  teamId: string;
  id: string;
}

/**
 * The ids grouped by workspace, each id once. A set read over several workspaces asks
 * `(team_id = A AND id IN (…)) OR (team_id = B AND …)`, so every row it reads is scoped by its
 * own workspace, as a single read is.
 */
export function byTeam(refs: readonly Ref[]): [string, string[]][] {
  const groups = new Map<string, Set<string>>();
  for (const r of refs) {
    const ids = groups.get(r.teamId) ?? new Set<string>();
    ids.add(r.id);
    groups.set(r.teamId, ids);
  }
  return [...groups].map(([teamId, ids]) => [teamId, [...ids]]);
}

/** Appends `value` to the list under `key`. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

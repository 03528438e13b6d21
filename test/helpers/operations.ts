/**
 * Count the Map and Set operations (`get`, `has`, `set`, `Set#has`, `Set#add`) made while `run`
 * runs: the regression guards' measure of "no look-up per record" (a count, so it cannot flake).
 * @example const { calls, value } = countMapSetOperations(() => collectInteractions(data));
 */
export function countMapSetOperations<T>(run: () => T): { calls: number; value: T } {
  const counted = [Map.prototype.get, Map.prototype.has, Map.prototype.set, Set.prototype.has, Set.prototype.add] as const;
  let calls = 0;
  const [mapGet, mapHas, mapSet, setHas, setAdd] = counted;
  Map.prototype.get = function (this: Map<unknown, unknown>, k: unknown) { calls++; return mapGet.call(this, k); };
  Map.prototype.has = function (this: Map<unknown, unknown>, k: unknown) { calls++; return mapHas.call(this, k); };
  Map.prototype.set = function (this: Map<unknown, unknown>, k: unknown, v: unknown) { calls++; return mapSet.call(this, k, v); };
  Set.prototype.has = function (this: Set<unknown>, k: unknown) { calls++; return setHas.call(this, k); };
  Set.prototype.add = function (this: Set<unknown>, k: unknown) { calls++; return setAdd.call(this, k); };
  try {
    const value = run();
    return { calls, value };
  } finally {
    [Map.prototype.get, Map.prototype.has, Map.prototype.set, Set.prototype.has, Set.prototype.add] = counted;
  }
}

/**
 * A function of a JSON-serialisable argument, remembering its last `size` results. The bot core's
 * inputs never change during its life, so the same scenario always evaluates to the same figures:
 * a question asked again (by the same person, a colleague, or a button) is answered from memory
 * instead of planning every host model and running the Monte Carlo again.
 *
 * @example const evaluateOnce = remembered((s: Scenario) => evaluate({ ...inputs, scenario: s }), 64);
 */
export function remembered<A, R>(compute: (arg: A) => R, size: number): (arg: A) => R {
  const results = new Map<string, R>();
  return (arg) => {
    const key = JSON.stringify(arg);
    const hit = results.get(key);
    if (hit !== undefined) {
      results.delete(key);
      results.set(key, hit);
      return hit;
    }
    const value = compute(arg);
    results.set(key, value);
    if (results.size > size) results.delete(results.keys().next().value!);
    return value;
  };
}

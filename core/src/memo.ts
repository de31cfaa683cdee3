/**
 * Remembers a pure function of one string. Order sheets repeat the same few values down a column
 * (destinations, methods, modes, dates), so normalising each distinct text once is most of the work saved.
 * The cache is bounded: past `limit` entries it starts again, so a sheet of unique values costs no memory.
 */
export function memoize<T>(fn: (text: string) => T, limit = 4096): (text: string) => T {
  let cache = new Map<string, T>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    const value = fn(text);
    if (cache.size >= limit) cache = new Map();
    cache.set(text, value);
    return value;
  };
}

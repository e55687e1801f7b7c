/** The params with the given values set (empty removes them); changing a filter starts at the first page (`na`). */
export const withParams = (params: URLSearchParams, values: Record<string, string | null>, keepPage = false): URLSearchParams => {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(values)) {
    if (value) next.set(key, value);
    else next.delete(key);
  }
  if (!keepPage) next.delete('na');
  return next;
};

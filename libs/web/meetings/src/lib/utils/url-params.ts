/** The params with the given values set (an empty value removes the parameter). */
export const withParams = (params: URLSearchParams, values: Record<string, string | null>): URLSearchParams => {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(values)) {
    if (value) next.set(key, value);
    else next.delete(key);
  }
  return next;
};

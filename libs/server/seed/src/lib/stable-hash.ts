// FNV-1a: a fixed, dependency-free hash so every "pick" in the demo data is the same on every run.
export const stableHash = (text: string): number => {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
};

export const pickStable = <T>(values: readonly T[], key: string): T => {
  if (values.length === 0) {
    throw new Error('pickStable needs at least one value');
  }
  return values[stableHash(key) % values.length];
};

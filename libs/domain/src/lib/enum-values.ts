// String unions are the domain's enums; GraphQL and SQL check constraints derive from these lists.
export type EnumObject<T extends string> = { readonly [K in T]: K };

export const enumObject = <T extends string>(values: readonly T[]): EnumObject<T> =>
  Object.freeze(Object.fromEntries(values.map((value) => [value, value]))) as EnumObject<T>;

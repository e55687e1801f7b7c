import type { TFunction } from 'i18next';

// Select options for the values of an enum, each labelled with its translation (common:enums.<group>.<value>).
export const enumOptions = (t: TFunction, group: string, values: readonly string[]) =>
  values.map((value) => ({ value, label: t(`common:enums.${group}.${value}`) }));

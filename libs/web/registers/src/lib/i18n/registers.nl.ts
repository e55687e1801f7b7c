export const registersNl = {
  title: 'Registers',
};

export type RegistersTranslations = typeof registersNl;

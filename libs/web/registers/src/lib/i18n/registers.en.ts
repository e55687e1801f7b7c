import type { RegistersTranslations } from './registers.nl';

export const registersEn: RegistersTranslations = {
  title: 'Registers',
};

import type { TranslationBundle } from '@doorbraak/web-ui';
import { agendaEn } from './agenda.en';
import { agendaNl } from './agenda.nl';

export const agendaNamespace = 'agenda';

export const agendaTranslations: TranslationBundle = { namespace: agendaNamespace, resources: { nl: agendaNl, en: agendaEn } };

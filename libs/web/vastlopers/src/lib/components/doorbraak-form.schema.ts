import type { TFunction } from 'i18next';
import { z } from 'zod';
import { TITLE_MAX, VASTLOPER_OPTIONS } from './vastloper-form.schema';

const KINDS = ['INITIATIEF', 'DOORBRAAK'] as const;

export const DOORBRAAK_OPTIONS = { KINDS, ACTIELIJNEN: VASTLOPER_OPTIONS.ACTIELIJNEN };

// Built where the translation function is, so every message is in the person's language.
export const doorbraakSchema = (t: TFunction) =>
  z.object({
    allianceId: z.string().min(1, t('common:form.required')),
    title: z
      .string()
      .trim()
      .min(1, t('common:form.required'))
      .refine((value) => Array.from(value).length <= TITLE_MAX, t('common:form.tooLong', { max: TITLE_MAX })),
    kind: z.enum(KINDS, { message: t('common:form.required') }),
    description: z.string().max(10_000, t('common:form.tooLong', { max: 10_000 })),
    actielijn: z.union([z.enum(VASTLOPER_OPTIONS.ACTIELIJNEN), z.literal('')]),
    impact: z.string().trim().max(2_000, t('common:form.tooLong', { max: 2_000 })),
    running: z.boolean(),
  });

export type DoorbraakFormValues = z.infer<ReturnType<typeof doorbraakSchema>>;

import type { TFunction } from 'i18next';
import { z } from 'zod';
import { descriptionSchema, titleSchema, VASTLOPER_OPTIONS } from './vastloper-form.schema';

const KINDS = ['INITIATIEF', 'DOORBRAAK'] as const;

export const DOORBRAAK_OPTIONS = { KINDS, ACTIELIJNEN: VASTLOPER_OPTIONS.ACTIELIJNEN };

// Built where the translation function is, so every message is in the person's language.
export const doorbraakSchema = (t: TFunction) =>
  z.object({
    allianceId: z.string().min(1, t('common:form.required')),
    title: titleSchema(t),
    kind: z.enum(KINDS, { message: t('common:form.required') }),
    description: descriptionSchema(t),
    actielijn: z.union([z.enum(VASTLOPER_OPTIONS.ACTIELIJNEN), z.literal('')]),
    impact: z.string().trim().max(2_000, t('common:form.tooLong', { max: 2_000 })),
    running: z.boolean(),
  });

export type DoorbraakFormValues = z.infer<ReturnType<typeof doorbraakSchema>>;

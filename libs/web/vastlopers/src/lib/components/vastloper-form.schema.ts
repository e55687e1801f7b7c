import type { TFunction } from 'i18next';
import type { FormFields } from '@doorbraak/web-ui';
import { z } from 'zod';

export const TITLE_MAX = 200;

const CATEGORIES = ['CAPACITEIT', 'FINANCIERING', 'GEGEVENSDELING', 'HUISVESTING', 'OVERIG', 'SAMENWERKING', 'UITVOERING', 'VEILIGHEID', 'WET_EN_REGELGEVING'] as const;
const ACTIELIJNEN = ['MEEDOEN', 'SAMENHANGENDE_AANPAK', 'VEILIGHEID', 'WONINGEN_EN_WIJKEN'] as const;
const MINISTRIES = ['BZK', 'JenV', 'OCW', 'SZW', 'VWS'] as const;
const REMEDIES = ['ANDERS', 'EXPERIMENTEERBEPALING', 'FINANCIERING', 'INTERPRETATIE', 'MAATWERK', 'WETSWIJZIGING'] as const;

export const VASTLOPER_OPTIONS = { CATEGORIES, ACTIELIJNEN, MINISTRIES, REMEDIES };

// A title: required, and at most TITLE_MAX characters (not UTF-16 units).
export const titleSchema = (t: TFunction) =>
  z
    .string()
    .trim()
    .min(1, t('common:form.required'))
    .refine((value) => Array.from(value).length <= TITLE_MAX, t('common:form.tooLong', { max: TITLE_MAX }));

export const descriptionSchema = (t: TFunction) => z.string().max(10_000, t('common:form.tooLong', { max: 10_000 }));

// Built where the translation function is, so every message is in the person's language.
export const vastloperSchema = (t: TFunction) =>
  z.object({
    allianceId: z.string().min(1, t('common:form.required')),
    title: titleSchema(t),
    description: descriptionSchema(t),
    category: z.enum(CATEGORIES, { message: t('common:form.required') }),
    actielijn: z.enum(ACTIELIJNEN, { message: t('common:form.required') }),
    owningMinistry: z.union([z.enum(MINISTRIES), z.literal('')]),
    legalReference: z.string().trim().max(200, t('common:form.tooLong', { max: 200 })),
    remedy: z.union([z.enum(REMEDIES), z.literal('')]),
    confidential: z.boolean(),
  });

export type VastloperFormValues = z.infer<ReturnType<typeof vastloperSchema>>;

// The label of each field that can be wrong, in the form's order: the fields show them, the error summary names them.
export const vastloperLabels = (t: TFunction) => ({
  allianceId: t('form.alliance'),
  title: t('form.itemTitle'),
  description: t('form.description'),
  category: t('form.category'),
  actielijn: t('form.actielijn'),
  owningMinistry: t('form.owningMinistry'),
  legalReference: t('form.legalReference'),
  remedy: t('form.remedy'),
});

export type VastloperFormFields = FormFields<VastloperFormValues, keyof ReturnType<typeof vastloperLabels>>;

// The fields of a create or update input, from the form's values (empty optional values are null).
export const vastloperInput = (values: VastloperFormValues) => ({
  title: values.title.trim(),
  description: values.description.trim() || null,
  category: values.category,
  actielijn: values.actielijn,
  owningMinistry: values.owningMinistry || null,
  legalReference: values.legalReference.trim() || null,
  remedy: values.remedy || null,
  confidential: values.confidential,
});

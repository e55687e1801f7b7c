import { ERROR_CODES } from '@doorbraak/web-data-access';
import { missingTranslationKeys } from '@doorbraak/web-ui';
import { allTranslations } from './translations';

describe('translations', () => {
  it('has every key in Dutch and in English', () => {
    expect(missingTranslationKeys(allTranslations)).toEqual([]);
  });

  it('has a message for every error code the API sends, in both languages', () => {
    const common = allTranslations.find((bundle) => bundle.namespace === 'common');
    for (const language of ['nl', 'en'] as const) {
      const errors = common?.resources[language]['errors'] as Record<string, string>;
      expect(ERROR_CODES.filter((code) => !errors[code])).toEqual([]);
    }
  });
});

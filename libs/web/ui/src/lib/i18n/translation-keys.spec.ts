import { missingTranslationKeys } from './translation-keys';

describe('missingTranslationKeys', () => {
  it('names a key that one language lacks, and an empty string', () => {
    const missing = missingTranslationKeys([
      {
        namespace: 'demo',
        resources: {
          nl: { title: 'Titel', nested: { a: 'A', b: 'B' }, count_one: '{{count}} ding', count_other: '{{count}} dingen' },
          en: { title: '', nested: { a: 'A' }, count_one: '{{count}} thing', count_other: '{{count}} things' },
        },
      },
    ]);
    expect(missing).toEqual(['en:demo:nested.b', 'en:demo:title']);
  });

  it('accepts plural forms that differ per language', () => {
    expect(
      missingTranslationKeys([{ namespace: 'demo', resources: { nl: { n_one: 'een', n_other: 'meer' }, en: { n_other: 'more' } } }]),
    ).toEqual([]);
  });
});

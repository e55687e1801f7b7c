import type { FieldErrors } from 'react-hook-form';
import { errorSummaryItems, fieldId } from './form-errors';

type Values = { title: string; category: string; rungs: { value: string }[] };

describe('errorSummaryItems', () => {
  it('names each wrong field by its label, links to its control and follows the order of the labels', () => {
    const errors: FieldErrors<Values> = {
      category: { type: 'invalid_enum', message: 'Vul dit veld in.' },
      title: { type: 'too_small', message: 'Vul dit veld in.' },
    };
    expect(errorSummaryItems('vastloper', errors, { title: 'Titel', category: 'Categorie' })).toEqual([
      { field: 'vastloper-title', label: 'Titel', message: 'Vul dit veld in.' },
      { field: 'vastloper-category', label: 'Categorie', message: 'Vul dit veld in.' },
    ]);
  });

  it('finds the error of a nested field and gives its control an id without dots', () => {
    const errors = { rungs: [undefined, { value: { type: 'custom', message: 'Ongeldige duur.' } }] } as FieldErrors<Values>;
    expect(errorSummaryItems('ladder', errors, { 'rungs.0.value': 'Programmabureau', 'rungs.1.value': 'Alliantie' })).toEqual([
      { field: 'ladder-rungs-1-value', label: 'Alliantie', message: 'Ongeldige duur.' },
    ]);
    expect(fieldId('ladder', 'rungs.1.value')).toBe('ladder-rungs-1-value');
  });

  it('leaves out fields without an error and errors without a message', () => {
    const errors: FieldErrors<Values> = { title: { type: 'custom', message: '' } };
    expect(errorSummaryItems('vastloper', errors, { title: 'Titel', category: 'Categorie' })).toEqual([]);
  });
});

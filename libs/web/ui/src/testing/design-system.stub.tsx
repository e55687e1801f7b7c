import { createElement, forwardRef, type ReactNode, type Ref } from 'react';

// Unit tests run in CommonJS, and the design system ships ES modules only; unit tests render these
// plain semantic stand-ins, the browser tests the real components.
type Props = { children?: ReactNode; className?: string; [prop: string]: unknown };

const element = (tag: string, base: string) =>
  forwardRef<HTMLElement, Props>(({ children, className, appearance: _a, hint: _h, busy: _b, type, ...rest }, ref) =>
    createElement(tag as 'div', { ...rest, ...(tag === 'button' ? { type: type ?? 'button' } : {}), ref: ref as Ref<HTMLDivElement>, className: [base, className].filter(Boolean).join(' ') }, children as ReactNode),
  );

export const Heading = forwardRef<HTMLHeadingElement, Props & { level: number; appearanceLevel?: number }>(
  ({ level, appearanceLevel: _appearance, children, className, ...rest }, ref) =>
    createElement(`h${level}` as 'h1', { ...rest, ref: ref as Ref<HTMLHeadingElement>, className: [`nl-heading nl-heading--level-${level}`, className].filter(Boolean).join(' ') }, children as ReactNode),
);
export const Paragraph = element('p', 'nl-paragraph');
export const Alert = element('div', 'utrecht-alert');
export const Button = element('button', 'utrecht-button');
export const ActionGroup = element('div', 'utrecht-action-group');
export const Link = element('a', 'nl-link');
export const Table = element('table', 'utrecht-table');
export const TableBody = element('tbody', 'utrecht-table__body');
export const TableCaption = element('caption', 'utrecht-table__caption');
export const TableCell = element('td', 'utrecht-table__cell');
export const TableHeader = element('thead', 'utrecht-table__header');
export const TableHeaderCell = element('th', 'utrecht-table__header-cell');
export const TableRow = element('tr', 'utrecht-table__row');
export const UnorderedList = element('ul', 'utrecht-unordered-list');
export const UnorderedListItem = element('li', 'utrecht-unordered-list__item');
export const OrderedList = element('ol', 'utrecht-ordered-list');
export const OrderedListItem = element('li', 'utrecht-ordered-list__item');
export const NumberBadge = element('span', 'nl-number-badge');
export const Separator = element('hr', 'utrecht-separator');
export const Radio = element('input', 'utrecht-radio-button');
export const SelectOption = element('option', 'utrecht-select__option');
export const FormField = ({ id, label, description, errorMessage, input }: Props & { id: string; label: ReactNode; description?: ReactNode; errorMessage?: string; errorMessageId: string; input: ReactNode }) =>
  createElement('div', { className: 'utrecht-form-field' }, createElement('label', { htmlFor: id }, label), description, errorMessage, input);
export const TextInput = element('input', 'utrecht-textbox');
export const Textarea = element('textarea', 'utrecht-textarea');
export const FormFieldTextInput = element('div', 'utrecht-form-field');
export const FormFieldTextarea = element('div', 'utrecht-form-field');
export const FormFieldSelect = element('div', 'utrecht-form-field');
export const FormFieldCheckboxOption = element('div', 'utrecht-form-field');

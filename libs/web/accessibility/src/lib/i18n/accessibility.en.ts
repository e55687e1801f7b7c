import type { AccessibilityTranslations } from './accessibility.nl';

export const accessibilityEn: AccessibilityTranslations = {
  title: 'Accessibility statement',
  intro: 'Doorbraak aims to be usable by everyone. This statement describes how we check that.',
  standard: 'Standard',
  standardText: 'Doorbraak must meet the Web Content Accessibility Guidelines (WCAG) 2.1, level A and AA, as the Dutch government’s digital accessibility decree requires.',
  checks: 'What we check automatically with every change',
  checkAxe: 'On every screen the browser tests visit, including error states, axe-core reports 0 violations of WCAG 2.1 A and AA.',
  checkKeyboard: 'Every action on a blocker’s detail page can be used with the keyboard alone; a test walks a full path without a mouse.',
  checkLanguage: 'All text is available in Dutch and English; a test fails when a text is missing in one language. The page language is passed on to assistive technology.',
  checkFocus: 'Every page sets its own title and moves focus to its heading; forms show errors beside the field and in a summary that receives focus.',
  checkScreens: 'The screens are tested at 1280×800 and 768×1024 pixels.',
  status: 'Status',
  statusText: 'Doorbraak is under development. A manual audit by an independent expert has not taken place yet; until then Doorbraak partially complies.',
  contact: 'Contact',
  contactText: 'Do you run into an accessibility problem? Contact the programme bureau of your alliance; we answer within five working days.',
  date: 'This statement was drawn up in 2025.',
};

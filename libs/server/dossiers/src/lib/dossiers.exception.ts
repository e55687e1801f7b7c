import { DomainError } from '@doorbraak/server-core';

export type DossiersErrorCode =
  | 'DOSSIER_NOT_FOUND'
  | 'PERSON_NOT_FOUND'
  | 'VASTLOPER_ALREADY_IN_DOSSIER'
  | 'VASTLOPER_NOT_IN_DOSSIER'
  | 'SAME_DOSSIER'
  | 'INVALID_SPLIT'
  | 'INVALID_OUTCOME'
  | 'DOSSIER_CLOSED'
  | 'DOSSIER_NOT_PROPOSED';

export class DossiersError extends DomainError<DossiersErrorCode> {}

export const dossierNotFound = (id: string): DossiersError => new DossiersError('DOSSIER_NOT_FOUND', `There is no dossier with id "${id}".`);

export const ministryOwnerNotFound = (id: string): DossiersError =>
  new DossiersError('PERSON_NOT_FOUND', `There is no active person with id "${id}" to own the dossier at the ministry.`);

export const alreadyInDossier = (vastloperId: string, title: string): DossiersError =>
  new DossiersError('VASTLOPER_ALREADY_IN_DOSSIER', `Vastloper "${vastloperId}" is already carried by the open dossier "${title}".`);

export const notInDossier = (vastloperId: string): DossiersError =>
  new DossiersError('VASTLOPER_NOT_IN_DOSSIER', `Vastloper "${vastloperId}" is not in this dossier.`);

export const sameDossier = (): DossiersError => new DossiersError('SAME_DOSSIER', 'A dossier cannot be merged into itself.');

export const invalidSplit = (message: string): DossiersError => new DossiersError('INVALID_SPLIT', message);

export const invalidOutcome = (): DossiersError =>
  new DossiersError('INVALID_OUTCOME', 'A dossier is closed as MERGED_INTO only by merging it into another.');

export const dossierClosed = (): DossiersError => new DossiersError('DOSSIER_CLOSED', 'The dossier is closed.');

export const dossierNotProposed = (): DossiersError => new DossiersError('DOSSIER_NOT_PROPOSED', 'Only a proposed dossier can be accepted.');

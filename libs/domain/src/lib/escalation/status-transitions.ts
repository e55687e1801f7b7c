import type { DossierStatus } from '../dossiers/dossiers';
import type { DoorbraakStatus, VastloperStatus } from '../items';

export type ItemKind = 'VASTLOPER' | 'DOORBRAAK';
export type ItemStatus = VastloperStatus | DoorbraakStatus;

// What climbs the ladder: the items of an alliance, and the national dossiers (DOMAIN §5) on its national rungs.
export type LadderKind = ItemKind | 'DOSSIER';
export type LadderStatus = ItemStatus | DossierStatus;

const VASTLOPER_TRANSITIONS: Readonly<Record<VastloperStatus, readonly VastloperStatus[]>> = {
  OPEN: ['IN_BEHANDELING', 'GEPARKEERD', 'OPGELOST', 'INGETROKKEN'],
  // An escalation or de-escalation hands the item to a new holder, who has not acknowledged it yet.
  IN_BEHANDELING: ['OPEN', 'GEPARKEERD', 'OPGELOST', 'INGETROKKEN'],
  GEPARKEERD: ['OPEN', 'OPGELOST', 'INGETROKKEN'],
  OPGELOST: [],
  INGETROKKEN: [],
};

const DOORBRAAK_TRANSITIONS: Readonly<Record<DoorbraakStatus, readonly DoorbraakStatus[]>> = {
  IDEE: ['LOPEND', 'BEREIKT', 'GESTOPT'],
  LOPEND: ['BEREIKT', 'GESTOPT'],
  BEREIKT: [],
  GESTOPT: [],
};

export const allowedStatusTransitions = (kind: ItemKind, status: ItemStatus): readonly ItemStatus[] =>
  kind === 'VASTLOPER'
    ? (VASTLOPER_TRANSITIONS[status as VastloperStatus] ?? [])
    : (DOORBRAAK_TRANSITIONS[status as DoorbraakStatus] ?? []);

export const canChangeStatus = (kind: ItemKind, from: ItemStatus, to: ItemStatus): boolean =>
  allowedStatusTransitions(kind, from).includes(to);

// Where the stall clock stands for a status: running, stopped until a date, not yet started, or done.
export type LadderPhase = 'RUNNING' | 'PARKED' | 'NOT_STARTED' | 'CLOSED';

export const phaseOfStatus = (status: LadderStatus): LadderPhase => {
  switch (status) {
    case 'OPEN':
    case 'IN_BEHANDELING':
    case 'LOPEND':
      return 'RUNNING';
    case 'GEPARKEERD':
      return 'PARKED';
    // A doorbraak still an idea; a proposed dossier, waiting for a national coordinator to accept it.
    case 'IDEE':
    case 'PROPOSED':
      return 'NOT_STARTED';
    case 'OPGELOST':
    case 'INGETROKKEN':
    case 'BEREIKT':
    case 'GESTOPT':
    case 'CLOSED':
      return 'CLOSED';
  }
};

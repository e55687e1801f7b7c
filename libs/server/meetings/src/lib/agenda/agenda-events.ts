import type { EntityManager } from 'typeorm';
import type { AgendaUpdateKind } from '@doorbraak/domain';
import { pendingOf, publishAfterCommit, type LiveEvent } from '@doorbraak/server-live';

type Detail = { readonly agendaItemId?: string | null; readonly actorId?: string | null; readonly at: Date };

// Tells the people looking at a meeting's agenda that it changed, once the change is committed. One
// change that touches an agenda several times (a withdrawal, then the gap closed) is told once.
export const announceAgendaChange = (manager: EntityManager, meetingId: string, kind: AgendaUpdateKind, detail: Detail): void => {
  const runner = manager.queryRunner;
  const agendaItemId = detail.agendaItemId ?? null;
  const told = runner
    ? pendingOf(runner).some(
        (event: LiveEvent) =>
          event.name === 'agendaChanged' && event.payload.meetingId === meetingId && event.payload.kind === kind && event.payload.agendaItemId === agendaItemId,
      )
    : false;
  if (!told) {
    publishAfterCommit(manager, {
      name: 'agendaChanged',
      payload: { meetingId, kind, agendaItemId, actorId: detail.actorId ?? null, at: detail.at.toISOString() },
    });
  }
};

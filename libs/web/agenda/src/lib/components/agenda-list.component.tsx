import { WEB_PATHS } from '@doorbraak/domain';
import { DndContext, PointerSensor, closestCenter, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, arrayMove, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { AgendaItemFieldsFragment } from '@doorbraak/web-data-access';
import { AppLink, Button, ConfirmAction, Heading, Paragraph } from '@doorbraak/web-ui';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { agendaNamespace } from '../i18n/agenda.translations';
import { AgendaItemForm, type AgendaItemFormValues } from './agenda-item-form.component';

export type AgendaItemMarks = { amended: boolean; urgent: boolean };

export type AgendaListProps = {
  items: readonly AgendaItemFieldsFragment[];
  canEdit: boolean;
  canCarryOver: boolean;
  published: boolean;
  marks: ReadonlyMap<string, AgendaItemMarks>;
  presenters: readonly { id: string; name: string }[];
  // Each answers whether it worked (the page reports a failure itself).
  onMove: (id: string, position: number) => Promise<boolean>;
  onSave: (id: string, values: AgendaItemFormValues) => Promise<boolean>;
  onRemove: (item: AgendaItemFieldsFragment) => Promise<boolean>;
  onCarryOver: (item: AgendaItemFieldsFragment) => Promise<boolean>;
  announce: (message: string) => void;
};

const HINT_ID = 'agenda-move-hint';

// The agenda in order. Reordering works three ways that do the same: dragging an item by its handle,
// the arrow keys on a focused handle, and the Up and Down buttons; every move is announced.
export const AgendaList = (props: AgendaListProps) => {
  const { items, canEdit, onMove, announce } = props;
  const { t } = useTranslation(agendaNamespace);
  // The order shown while moves are on their way to the API. It stays until the last of them has answered
  // and the list has been given the agenda as it then is (the move's answer carries it), not until the next
  // agenda read: a live reload that began before a move was committed answers with the order from before
  // it, and must not undo the move on screen (nor the next key press start from the old place).
  const [pending, setPending] = useState<{ order: string[]; answeredWith?: readonly AgendaItemFieldsFragment[] } | null>(null);
  const inFlight = useRef(0);
  // Moves go to the API one after another, in the order they were made: a position is absolute, so two
  // moves of the same item that overtook each other on the way would leave it where the first one put it.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const latest = useRef(items);
  latest.current = items;
  useEffect(() => {
    if (!pending?.answeredWith) return;
    const same = items.length === pending.order.length && items.every((item, index) => item.id === pending.order[index]);
    if (same || items !== pending.answeredWith) setPending(null);
  }, [items, pending]);
  const [refocus, setRefocus] = useState<{ id: string; target: 'handle' | 'up' | 'down' } | null>(null);
  const ordered = useMemo(() => {
    if (!pending) return items;
    const byId = new Map(items.map((item) => [item.id, item]));
    const shown = new Set(pending.order);
    // Items added meanwhile (by someone else) come after the ones being ordered; removed ones are gone.
    return [...pending.order.flatMap((id) => byId.get(id) ?? []), ...items.filter((item) => !shown.has(item.id))];
  }, [items, pending]);
  const ids = useMemo(() => ordered.map((item) => item.id), [ordered]);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }));
  const list = useRef<HTMLOListElement>(null);

  // A moved element can lose focus when the list is redrawn: give it back to the control that was used.
  // Only focus that was lost (or is still in the moved row, on a control now disabled) is given back:
  // a later redraw, say by a change someone else made, must not pull focus from where the user moved it.
  useLayoutEffect(() => {
    if (!refocus) return;
    const row = list.current?.querySelector<HTMLElement>(`[data-item="${refocus.id}"]`);
    const control = row?.querySelector<HTMLElement>(`[data-control="${refocus.target}"]`);
    const fallback = row?.querySelector<HTMLElement>('[data-control="handle"]');
    const target = control && !control.hasAttribute('disabled') ? control : fallback;
    const active = document.activeElement;
    const lost = !active || active === document.body || (row?.contains(active) ?? false);
    if (target && lost && active !== target) target.focus();
  }, [refocus, ordered]);

  const move = (id: string, toIndex: number, focusTarget: 'handle' | 'up' | 'down') => {
    const from = ids.indexOf(id);
    if (from < 0 || toIndex < 0 || toIndex >= ids.length || toIndex === from) return;
    const next = arrayMove(ids, from, toIndex);
    setPending({ order: next });
    setRefocus({ id, target: focusTarget });
    const item = ordered[from];
    announce(t('items.moved', { title: item.title, position: toIndex + 1, count: ids.length }));
    inFlight.current += 1;
    queue.current = queue.current.then(() => onMove(id, toIndex + 1)).then((ok) => {
      inFlight.current -= 1;
      // A failed move shows the API's order again; the last answered one waits for the agenda it brought.
      if (!ok) setPending(null);
      else if (inFlight.current === 0) setPending((current) => current && { ...current, answeredWith: latest.current });
    });
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over && active.id !== over.id) {
      move(String(active.id), ids.indexOf(String(over.id)), 'handle');
    }
  };

  if (items.length === 0) {
    return <Paragraph>{t('items.empty')}</Paragraph>;
  }
  return (
    <>
      {canEdit ? (
        <Paragraph id={HINT_ID} className="db-agenda__hint">
          {t('items.dragHint')}
        </Paragraph>
      ) : null}
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        // The page's own live region tells where an item went, for dragging and for keys alike.
        accessibility={{ announcements: { onDragStart: () => undefined, onDragOver: () => undefined, onDragEnd: () => undefined, onDragCancel: () => undefined }, screenReaderInstructions: { draggable: t('items.dragHint') } }}
      >
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          <ol className="db-agenda" ref={list}>
            {ordered.map((item, index) => (
              <AgendaRow key={item.id} {...props} item={item} index={index} count={ordered.length} onMoveTo={move} />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
    </>
  );
};

type RowProps = AgendaListProps & {
  item: AgendaItemFieldsFragment;
  index: number;
  count: number;
  onMoveTo: (id: string, toIndex: number, focusTarget: 'handle' | 'up' | 'down') => void;
};

const AgendaRow = ({ item, index, count, canEdit, canCarryOver, published, marks, presenters, onSave, onRemove, onCarryOver, onMoveTo }: RowProps) => {
  const { t } = useTranslation([agendaNamespace, 'common']);
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const { setNodeRef, setActivatorNodeRef, listeners, transform, transition, isDragging } = useSortable({ id: item.id, disabled: !canEdit });
  const escalation = item.source === 'ESCALATION';
  const mark = marks.get(item.id);

  const onHandleKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    const to = event.key === 'ArrowUp' ? index - 1 : event.key === 'ArrowDown' ? index + 1 : event.key === 'Home' ? 0 : event.key === 'End' ? count - 1 : null;
    if (to === null) return;
    event.preventDefault();
    onMoveTo(item.id, to, 'handle');
  };

  const closeEditor = () => {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };

  return (
    <li
      ref={setNodeRef}
      data-item={item.id}
      className={`db-agenda__item${escalation ? ' db-agenda__item--escalation' : ''}${isDragging ? ' db-agenda__item--dragging' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <div className="db-agenda__row">
        {canEdit ? (
          <button
            type="button"
            ref={setActivatorNodeRef}
            className="db-agenda__handle"
            data-control="handle"
            aria-label={t('items.handle', { title: item.title, position: index + 1, count })}
            aria-describedby={HINT_ID}
            onKeyDown={onHandleKey}
            {...listeners}
          >
            <span aria-hidden="true">⠿</span>
          </button>
        ) : null}
        <span className="db-agenda__position" aria-hidden="true">
          {index + 1}.
        </span>
        <div className="db-agenda__main">
          <Heading level={3} className="db-agenda__title">
            {item.title}
          </Heading>
          <p className="db-agenda__meta">
            {escalation ? <span className="db-badge db-badge--warning">{t('items.escalation')}</span> : null}
            {mark?.urgent ? <span className="db-badge db-badge--error">{t('items.urgent')}</span> : null}
            {mark?.amended && !mark.urgent ? <span className="db-badge">{t('items.amended')}</span> : null}
            {item.carriedOverFromId ? <span className="db-badge">{t('items.carriedOver')}</span> : null}
            {escalation && item.kind === 'ESCALATION' ? null : <span>{t(`common:enums.agendaItemKind.${item.kind}`)}</span>}
            <span>{t('items.minutes', { count: item.minutesAllotted })}</span>
            <span>
              {t('items.presenter')}: {item.presenter?.name ?? t('items.noPresenter')}
            </span>
          </p>
          {item.item ? (
            <p className="db-agenda__about">
              {item.item.kind === 'VASTLOPER' ? t('items.vastloper') : t('items.doorbraak')}:{' '}
              <AppLink to={`/${item.item.kind === 'VASTLOPER' ? 'vastlopers' : 'doorbraken'}/${item.item.id}`}>{item.item.title}</AppLink>
              {item.item.confidential ? <span className="db-badge db-badge--warning">{t('items.confidential')}</span> : null}
            </p>
          ) : null}
          {item.dossier ? (
            <p className="db-agenda__about">
              {t('items.dossier')}: <AppLink to={WEB_PATHS.dossier(item.dossier.id)}>{item.dossier.title}</AppLink>
            </p>
          ) : null}
          {escalation && canEdit ? <p className="db-agenda__note">{t('items.escalationNote')}</p> : null}
        </div>
        {canEdit || canCarryOver ? (
          <div className="db-agenda__actions">
            {canEdit ? (
              <>
                <Button
                  className="db-button--small"
                  appearance="secondary-action-button"
                  data-control="up"
                  aria-label={t('items.upLabel', { title: item.title })}
                  disabled={index === 0}
                  onClick={() => onMoveTo(item.id, index - 1, 'up')}
                >
                  {t('items.up')}
                </Button>
                <Button
                  className="db-button--small"
                  appearance="secondary-action-button"
                  data-control="down"
                  aria-label={t('items.downLabel', { title: item.title })}
                  disabled={index === count - 1}
                  onClick={() => onMoveTo(item.id, index + 1, 'down')}
                >
                  {t('items.down')}
                </Button>
                <Button
                  ref={editButton}
                  className="db-button--small"
                  appearance="secondary-action-button"
                  aria-label={t('items.editLabel', { title: item.title })}
                  aria-expanded={editing}
                  onClick={() => setEditing(!editing)}
                >
                  {t('items.edit')}
                </Button>
              </>
            ) : null}
            {canCarryOver ? (
              <Button
                className="db-button--small"
                appearance="secondary-action-button"
                aria-label={t('items.carryOverLabel', { title: item.title })}
                busy={busy}
                onClick={() => {
                  setBusy(true);
                  void onCarryOver(item).finally(() => setBusy(false));
                }}
              >
                {t('items.carryOver')}
              </Button>
            ) : null}
            {canEdit && !escalation ? (
              <ConfirmAction
                label={t('items.remove')}
                question={t(published ? 'items.removeQuestionAmendment' : 'items.removeQuestion', { title: item.title })}
                confirmLabel={t('items.removeConfirm')}
                busy={busy}
                onConfirm={() => {
                  setBusy(true);
                  void onRemove(item).finally(() => setBusy(false));
                }}
              />
            ) : null}
          </div>
        ) : null}
      </div>
      {editing ? (
        <AgendaItemForm
          heading={t('form.editHeading')}
          headingId={`edit-${item.id}`}
          submitLabel={t('form.save')}
          defaults={{ title: item.title, kind: item.kind, minutesAllotted: item.minutesAllotted, presenterId: item.presenter?.id ?? '' }}
          presenters={presenters}
          kindLocked={escalation}
          focusOnOpen
          onSubmit={async (values) => {
            const ok = await onSave(item.id, values);
            if (ok) closeEditor();
            return ok;
          }}
          onCancel={closeEditor}
        />
      ) : null}
    </li>
  );
};

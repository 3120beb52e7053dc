import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { moveOutcome, readFramework, type OutcomeValues } from '../../shared/outcomes/outcomeDoc.ts';

/**
 * Places `id` just before or after the visible neighbour `targetId`, in the
 * whole framework's order (hidden retired outcomes keep their places).
 */
export function moveNextTo(doc: Y.Doc, id: string, targetId: string, side: 'before' | 'after'): void {
  const others = readFramework(doc).filter((o) => o.id !== id);
  const index = others.findIndex((o) => o.id === targetId);
  if (index < 0) return;
  moveOutcome(doc, id, side === 'before' ? index : index + 1);
}

interface SortableItemProps {
  id: string;
  label: string;
  children: (handle: ReactNode) => ReactNode;
}

function SortableItem({ id, label, children }: SortableItemProps) {
  const { t } = useTranslation();
  // dnd-kit's own role description is the English "sortable".
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id, attributes: { roleDescription: t('outcomes.drag.roleDescription') } });
  const handle = (
    <button type="button" ref={setActivatorNodeRef} className="drag-handle" aria-label={label} {...attributes} {...listeners}>
      <span aria-hidden="true">⠿</span>
    </button>
  );
  return (
    <li ref={setNodeRef} className={`outcome-list__item${isDragging ? ' outcome-list__item--dragging' : ''}`} style={{ transform: CSS.Translate.toString(transform), transition }}>
      {children(handle)}
    </li>
  );
}

interface OutcomeListProps {
  doc: Y.Doc;
  items: Array<{ outcome: OutcomeValues; number: number }>;
  reorderable: boolean;
  renderOutcome: (
    item: { outcome: OutcomeValues; number: number },
    handle: ReactNode | undefined,
    onMove: ((delta: -1 | 1) => void) | undefined,
    ends?: { atStart: boolean; atEnd: boolean },
  ) => ReactNode;
}

/** The outcomes of one group; in the full list they can be dragged, or moved with the keyboard. */
export function OutcomeList({ doc, items, reorderable, renderOutcome }: OutcomeListProps) {
  const { t } = useTranslation();
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const numberOf = (id: unknown) => items.find((item) => item.outcome.id === id)?.number ?? 0;
  // At pick-up an outcome is over its own place; saying so would replace "Picked up" before anyone heard it.
  const movedSincePickUp = useRef(false);
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      movedSincePickUp.current = false;
      return t('outcomes.drag.picked', { number: numberOf(active.id) });
    },
    onDragOver: ({ active, over }) => {
      if (!over || (over.id === active.id && !movedSincePickUp.current)) return undefined;
      movedSincePickUp.current = true;
      return t('outcomes.drag.over', { number: numberOf(active.id), target: numberOf(over.id) });
    },
    onDragEnd: ({ active, over }) => (over ? t('outcomes.drag.dropped', { number: numberOf(active.id), target: numberOf(over.id) }) : t('outcomes.drag.cancelled')),
    onDragCancel: () => t('outcomes.drag.cancelled'),
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = items.findIndex((item) => item.outcome.id === active.id);
    const to = items.findIndex((item) => item.outcome.id === over.id);
    moveNextTo(doc, String(active.id), String(over.id), from < to ? 'after' : 'before');
  };
  const moveBy = (index: number) => (delta: -1 | 1) => {
    const neighbour = items[index + delta];
    if (neighbour) moveNextTo(doc, items[index]!.outcome.id, neighbour.outcome.id, delta < 0 ? 'before' : 'after');
  };

  if (!reorderable) {
    return (
      <ol className="outcome-list">
        {items.map((item) => (
          <li key={item.outcome.id} className="outcome-list__item">
            {renderOutcome(item, undefined, undefined)}
          </li>
        ))}
      </ol>
    );
  }
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('outcomes.drag.instructions') } }}
    >
      <SortableContext items={items.map((item) => item.outcome.id)} strategy={verticalListSortingStrategy}>
        <ol className="outcome-list">
          {items.map((item, index) => (
            <SortableItem key={item.outcome.id} id={item.outcome.id} label={t('outcomes.drag.handle', { number: item.number })}>
              {(handle) => renderOutcome(item, handle, moveBy(index), { atStart: index === 0, atEnd: index === items.length - 1 })}
            </SortableItem>
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

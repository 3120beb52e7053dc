import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCAL_ORIGIN, removeNode } from '../../../shared/maps/mapDoc.ts';
import type { MapNodeValues } from '../../../shared/maps/mapTypes.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { useMapList } from './listContext.ts';
import { nodeName } from './nodeName.ts';

/** Removes a node and its connections, after asking: others may be relying on it. */
export function RemoveNodeButton({ node, focusAfterRemove }: { node: MapNodeValues; focusAfterRemove: string }) {
  const { t } = useTranslation();
  const { doc, announce, focusWhenShown } = useMapList();
  const [asking, setAsking] = useState(false);
  const name = nodeName(t, node);
  const confirm = () => {
    setAsking(false);
    removeNode(doc, node.id, LOCAL_ORIGIN);
    focusWhenShown(focusAfterRemove);
    announce((t) => t('mapList.status.removed', { label: name }));
  };
  return (
    <>
      <button type="button" className="button button--danger-outline" onClick={() => setAsking(true)}>
        {t('mapList.remove.button')}
        <span className="visually-hidden"> {t('mapList.quoted', { label: name })}</span>
      </button>
      <ConfirmDialog
        open={asking}
        title={t('mapList.remove.title', { label: name })}
        confirmLabel={t('mapList.remove.confirm')}
        destructive
        onConfirm={confirm}
        onCancel={() => setAsking(false)}
      >
        <p>{t('mapList.remove.body')}</p>
      </ConfirmDialog>
    </>
  );
}

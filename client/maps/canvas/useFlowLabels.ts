import { useMemo } from 'react';
import type { AriaLabelConfig } from '@xyflow/react';
import { useTranslation } from 'react-i18next';

/** React Flow's own screen reader texts and control names, in the page's language. */
export function useFlowLabels(): Partial<AriaLabelConfig> {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      'node.a11yDescription.default': t('mapCanvas.a11y.node'),
      'node.a11yDescription.keyboardDisabled': t('mapCanvas.a11y.nodeMove'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }: { direction: string; x: number; y: number }) =>
        t('mapCanvas.a11y.moved', { direction: t(`mapCanvas.a11y.directions.${direction}` as 'mapCanvas.a11y.directions.up'), x: Math.round(x), y: Math.round(y) }),
      'edge.a11yDescription.default': t('mapCanvas.a11y.edge'),
      'controls.ariaLabel': t('mapCanvas.controls.label'),
      'controls.zoomIn.ariaLabel': t('mapCanvas.controls.zoomIn'),
      'controls.zoomOut.ariaLabel': t('mapCanvas.controls.zoomOut'),
      'controls.fitView.ariaLabel': t('mapCanvas.controls.fitView'),
      'controls.interactive.ariaLabel': t('mapCanvas.controls.interactive'),
      'minimap.ariaLabel': t('mapCanvas.minimap'),
      'handle.ariaLabel': t('mapCanvas.a11y.handle'),
    }),
    [t],
  );
}

import type { TFunction } from 'i18next';
import { renderMapSvg } from '../../../shared/maps/mapSvg.ts';
import { MAP_STAGES, NODE_KINDS, type MapSnapshot, type MapStage, type NodeKind } from '../../../shared/maps/mapTypes.ts';

/** The map as a standalone SVG, with stage and kind names in the page's language. */
export function mapSvg(t: TFunction, snapshot: MapSnapshot, title: string): string {
  const stageNames = Object.fromEntries(MAP_STAGES.map((stage) => [stage, t(`maps.stages.${stage}`)])) as Record<MapStage, string>;
  const kindNames = Object.fromEntries(NODE_KINDS.map((kind) => [kind, t(`maps.kinds.${kind}`)])) as Record<NodeKind, string>;
  return renderMapSvg(snapshot, { title, stageNames, kindNames });
}

/** A file name from the map's title: letters (any language), digits and dashes. */
export function fileNameFor(title: string, extension: 'svg' | 'png'): string {
  const base = title.normalize('NFC').toLocaleLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  return `${base || 'map'}.${extension}`;
}

/** PNG pixels per SVG unit: sharp enough for a board paper at A4. */
const PNG_SCALE = 2;

/** Draws the SVG onto a canvas and encodes it as PNG (the SVG is self-contained, so the canvas stays clean). */
export async function svgToPng(svg: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(image.naturalWidth * PNG_SCALE);
    canvas.height = Math.ceil(image.naturalHeight * PNG_SCALE);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Hands a file to the browser's download (a temporary link; the object URL is freed after). */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { formatDay } from '../../client/maps/canvas/formatDay.ts';
import { fileNameFor } from '../../client/maps/canvas/mapExport.ts';
import { peerOf } from '../../client/maps/canvas/useMapPresence.ts';
import type { Present } from '../../client/collab/usePresence.ts';

const present = (state: Record<string, unknown>): Present => ({
  clientId: 7,
  isSelf: false,
  user: { id: 'u1', name: 'Mair', role: 'carer', colour: '#123456' },
  state,
});

describe('the process map canvas helpers', () => {
  it('names downloads after the map, keeping Welsh letters and dropping the rest', () => {
    expect(fileNameFor('Tool 19 map', 'svg')).toBe('tool-19-map.svg');
    expect(fileNameFor('Map ymgysylltu’r Gogledd — 2027', 'png')).toBe('map-ymgysylltu-r-gogledd-2027.png');
    expect(fileNameFor('Ŵyn a chŵn', 'svg')).toBe('ŵyn-a-chŵn.svg');
    expect(fileNameFor('../../', 'svg')).toBe('map.svg');
  });

  it('writes map dates with the app’s month names, and leaves anything else as it is', () => {
    const t = ((key: string) => `month ${key.split('.').at(-1)}`) as unknown as TFunction;
    expect(formatDay(t, '2027-03-08')).toBe('8 month 3 2027');
    expect(formatDay(t, '2027-13-01')).toBe('2027-13-01');
    expect(formatDay(t, 'soon')).toBe('soon');
  });

  it('reads others’ pointer, selection and drag from awareness, ignoring what is malformed', () => {
    expect(peerOf(present({ pointer: { x: 10, y: 20 }, selection: ['a', 'b'], drag: { nodeId: 'a', x: 1, y: 2 } }))).toEqual({
      clientId: 7,
      name: 'Mair',
      colour: '#123456',
      pointer: { x: 10, y: 20 },
      selection: ['a', 'b'],
      drag: { nodeId: 'a', x: 1, y: 2 },
    });
    const junk = peerOf(present({ pointer: { x: 'left', y: 2 }, selection: ['a', 3, null], drag: { nodeId: 5, x: Infinity, y: 0 } }));
    expect(junk.pointer).toBeNull();
    expect(junk.selection).toEqual(['a']);
    expect(junk.drag).toBeNull();
    expect(peerOf(present({})).selection).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { areaInDirection, type Located } from './neighbours';

// A 3×3 grid of areas, each bordering its four orthogonal neighbours.
const grid = new Map<string, Located>();
for (let row = 0; row < 3; row++) {
  for (let col = 0; col < 3; col++) {
    const code = `${row}${col}`;
    const neighbours = [[row - 1, col], [row + 1, col], [row, col - 1], [row, col + 1]]
      .filter(([r, c]) => r! >= 0 && r! < 3 && c! >= 0 && c! < 3)
      .map(([r, c]) => `${r}${c}`);
    grid.set(code, { code, labelPoint: [col, 52 + row * 0.6], neighbours });
  }
}

describe('areaInDirection', () => {
  it('moves to the neighbour in the arrow direction', () => {
    const centre = grid.get('11')!;
    expect(areaInDirection(centre, 'up', grid)).toBe('21');
    expect(areaInDirection(centre, 'down', grid)).toBe('01');
    expect(areaInDirection(centre, 'left', grid)).toBe('10');
    expect(areaInDirection(centre, 'right', grid)).toBe('12');
  });
  it('stays put at the edge of the map', () => {
    expect(areaInDirection(grid.get('22')!, 'up', grid)).toBeNull();
  });
  it('jumps to the nearest area in the direction when no neighbour lies that way (islands)', () => {
    const island: Located = { code: 'isle', labelPoint: [1, 51], neighbours: [] };
    const all = new Map(grid).set('isle', island);
    expect(areaInDirection(island, 'up', all)).toBe('01');
  });
});

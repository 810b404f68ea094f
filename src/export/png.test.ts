import { afterEach, describe, expect, it, vi } from 'vitest';
import { pngBlob } from './png';

/** A canvas whose toBlob answers when the test says so, as Chromium does once it has idle time. */
function slowCanvas() {
  let answer: ((blob: Blob | null) => void) | null = null;
  const canvas = { toBlob: (callback: (blob: Blob | null) => void) => void (answer = callback) } as unknown as HTMLCanvasElement;
  return { canvas, encodeAs: (blob: Blob | null) => answer!(blob) };
}

describe('pngBlob', () => {
  const frames: (() => void)[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
  const runFrame = () => frames.splice(0).forEach((callback) => callback());
  afterEach(() => void frames.splice(0));

  it('asks for a frame after every frame while the browser encodes, and for none once the PNG is made', async () => {
    const { canvas, encodeAs } = slowCanvas();
    const blob = pngBlob(canvas);
    expect(frames).toHaveLength(1);
    runFrame();
    runFrame();
    expect(frames).toHaveLength(1);
    const png = new Blob(['png'], { type: 'image/png' });
    encodeAs(png);
    runFrame();
    expect(frames).toHaveLength(0);
    await expect(blob).resolves.toBe(png);
  });

  it('says the browser could not encode the PNG, and stops asking for frames', async () => {
    const { canvas, encodeAs } = slowCanvas();
    const blob = pngBlob(canvas);
    encodeAs(null);
    runFrame();
    expect(frames).toHaveLength(0);
    await expect(blob).rejects.toThrow('The browser could not encode the PNG');
  });
});

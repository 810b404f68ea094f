import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

// Names browsers give a file while they are still writing it.
const PARTIAL = /\.(part|download|wkdownload|crdownload)$/;

function savedFiles(dir: string, depth = 2): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return depth > 0 && !entry.name.startsWith('.') ? savedFiles(path, depth - 1) : [];
    return entry.isFile() && !PARTIAL.test(entry.name) && !entry.name.startsWith('.') ? [path] : [];
  });
}

/**
 * Runs `trigger` and waits for the browser to save a new, complete file under `dir` (a download
 * folder or the home the browser saves to); returns it and deletes it, so the next download is new.
 */
export async function savedDownload(dir: string, trigger: () => Promise<void>, timeoutMs = 15_000): Promise<{ fileName: string; text: string }> {
  const before = new Set(savedFiles(dir));
  await trigger();
  const deadline = Date.now() + timeoutMs;
  let lastSize = -1;
  while (Date.now() < deadline) {
    const file = savedFiles(dir).find((path) => !before.has(path));
    if (file) {
      const size = statSync(file).size;
      if (size > 0 && size === lastSize) {
        const text = readFileSync(file, 'utf8');
        rmSync(file);
        return { fileName: basename(file), text };
      }
      lastSize = size;
    }
    await new Promise((done) => setTimeout(done, 150));
  }
  throw new Error(`no download was saved under ${dir} within ${timeoutMs} ms`);
}

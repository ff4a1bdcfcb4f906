import { type FSWatcher, readdirSync, watch } from 'node:fs';
import { join } from 'node:path';

/**
 * Watch `root` and every real folder below it (symbolic links are not
 * followed, so a link loop cannot trap the watch), one plain watcher per
 * folder, and call `onChange` 200 ms after the last change. Folders made or
 * removed later are picked up after each change; a watcher whose folder is
 * gone is closed. Returns a function that stops watching.
 */
export function watchTree(root: string, skip: (folder: string) => boolean, onChange: () => void): () => void {
  const watchers = new Map<string, FSWatcher>();
  let timer: NodeJS.Timeout | undefined;
  const folders = (dir: string, out: string[] = []): string[] => {
    out.push(dir);
    try {
      // A Dirent of a symbolic link is not a directory: links are listed by the analysis, never entered here.
      for (const entry of readdirSync(dir, { withFileTypes: true }))
        if (entry.isDirectory() && !skip(join(dir, entry.name))) folders(join(dir, entry.name), out);
    } catch {
      // removed meanwhile
    }
    return out;
  };
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      sync();
      onChange();
    }, 200);
  };
  const sync = () => {
    const now = new Set(folders(root));
    for (const [dir, watcher] of watchers)
      if (!now.has(dir)) {
        watcher.close();
        watchers.delete(dir);
      }
    for (const dir of now) {
      if (watchers.has(dir)) continue;
      try {
        const watcher = watch(dir, changed);
        watcher.on('error', () => {
          watcher.close();
          watchers.delete(dir);
        });
        watchers.set(dir, watcher);
      } catch {
        // removed meanwhile: the next change syncs again
      }
    }
  };
  sync();
  return () => {
    clearTimeout(timer);
    for (const watcher of watchers.values()) watcher.close();
  };
}

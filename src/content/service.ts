import { watch, type FSWatcher } from 'node:fs';
import type { ContentRepository } from './repository.js';

type Listener = (repo: ContentRepository) => void;

/**
 * Holds the current content and swaps it atomically on reload, so a request always sees
 * one consistent version. Invalid edits during development keep the last good content.
 */
export class ContentService {
  private listeners: Listener[] = [];
  private watcher: FSWatcher | undefined;

  constructor(
    private current: ContentRepository,
    private readonly load: () => Promise<ContentRepository>,
  ) {}

  get repo(): ContentRepository {
    return this.current;
  }

  /** Called with the new content after every successful reload (search index, page cache). */
  onReload(listener: Listener): void {
    this.listeners.push(listener);
  }

  async reload(): Promise<ContentRepository> {
    const next = await this.load();
    this.current = next;
    for (const listener of this.listeners) listener(next);
    return next;
  }

  /** Watches the content folder and reloads after a short pause in changes. */
  watch(dir: string, onError: (error: unknown) => void): void {
    let timer: NodeJS.Timeout | undefined;
    this.watcher = watch(dir, { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(() => void this.reload().catch(onError), 150);
    });
  }

  close(): void {
    this.watcher?.close();
  }
}

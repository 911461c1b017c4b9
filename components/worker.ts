// The library operations extension pages ask the service worker to run (it owns every write to
// the database), with the reply each one gets. Pages call `askWorker`; a failure comes back as an
// Error whose message is written for the reader (a StorageError's, or the import's refusal).
import type { ImportResult } from '@/lib/export/library-json';
import type { DeletedArticle, StorySuggestions } from '@/lib/store/library';
import type { Settings } from '@/lib/store/settings';

export interface WorkerOperations {
  delete: { request: { articleId: string }; reply: DeletedArticle };
  restore: { request: { deleted: DeletedArticle }; reply: void };
  /** `toStoryId: null` moves the article to a story of its own ("not the same story"). */
  move: { request: { articleId: string; toStoryId: string | null }; reply: string };
  merge: { request: { intoStoryId: string; fromStoryId: string }; reply: void };
  split: { request: { storyId: string; articleIds: string[] }; reply: string };
  /** Articles of the story to split off, and articles another story fits better. */
  suggest: { request: { storyId: string }; reply: StorySuggestions };
  rename: { request: { storyId: string; label: string }; reply: void };
  clear: { request: Record<string, never>; reply: void };
  setting: { request: { [K in keyof Settings]: { key: K; value: Settings[K] } }[keyof Settings]; reply: void };
  import: { request: { file: string }; reply: ImportResult };
}

export type WorkerOperation = keyof WorkerOperations;

export type WorkerMessage = { [K in WorkerOperation]: { type: 'library'; op: K } & WorkerOperations[K]['request'] }[WorkerOperation];

export type WorkerReply<K extends WorkerOperation = WorkerOperation> =
  | { ok: true; value: WorkerOperations[K]['reply'] }
  | { ok: false; message: string };

export function isWorkerMessage(message: unknown): message is WorkerMessage {
  return (message as { type?: unknown })?.type === 'library';
}

export async function askWorker<K extends WorkerOperation>(
  op: K,
  request: WorkerOperations[K]['request'],
): Promise<WorkerOperations[K]['reply']> {
  const reply: WorkerReply<K> | undefined = await browser.runtime.sendMessage({ type: 'library', op, ...request });
  if (!reply) throw new Error('The extension did not answer. Close this page and try again.');
  if (!reply.ok) throw new Error(reply.message);
  return reply.value;
}

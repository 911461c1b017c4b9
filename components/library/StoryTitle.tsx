// The open story's name, renamed in place (the worker writes it).
import { useState } from 'preact/hooks';
import type { StoryRecord } from '@/lib/store/db';
import { askWorker } from '../worker';

export function StoryTitle({ story, onError }: { story: StoryRecord; onError: (message: string) => void }) {
  const [editing, setEditing] = useState(false);
  const [label, setLabel] = useState(story.label);

  async function save(event: Event) {
    event.preventDefault();
    try {
      await askWorker('rename', { storyId: story.id, label });
      setEditing(false);
    } catch (error) {
      onError(error instanceof Error ? error.message : String(error));
    }
  }

  if (!editing) {
    return (
      <div class="story-title">
        <h2 id="story-title">{story.label}</h2>
        <button type="button" class="link-button" onClick={() => (setLabel(story.label), setEditing(true))}>
          Rename
        </button>
      </div>
    );
  }
  return (
    <form class="story-title" onSubmit={save}>
      <input type="text" id="story-title" aria-label="Story name" value={label} onInput={(e) => setLabel(e.currentTarget.value)} autoFocus />
      <button type="submit" class="button">
        Save
      </button>
      <button type="button" class="button" onClick={() => setEditing(false)}>
        Cancel
      </button>
    </form>
  );
}

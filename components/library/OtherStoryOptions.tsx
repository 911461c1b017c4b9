// The <option>s naming every story but one: the targets of "move to" and "merge into".
import type { StoryRecord } from '@/lib/store/db';

export function OtherStoryOptions(props: { stories: StoryRecord[]; except: string }) {
  return (
    <>
      {props.stories
        .filter((s) => s.id !== props.except)
        .map((s) => (
          <option key={s.id} value={s.id}>
            {s.label}
          </option>
        ))}
    </>
  );
}

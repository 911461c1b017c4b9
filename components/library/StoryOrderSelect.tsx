// The library's sort control: a native select, so it is labelled, reachable with Tab and changed
// with the arrow keys like any other form control.
import { STORY_ORDERS, isStoryOrder, type StoryOrder } from '@/lib/store/story-order';

export function StoryOrderSelect({ order, onChange }: { order: StoryOrder; onChange: (order: StoryOrder) => void }) {
  return (
    <label class="story-order">
      Sort stories
      <select
        value={order}
        onChange={(e) => {
          const value = e.currentTarget.value;
          if (isStoryOrder(value)) onChange(value);
        }}
      >
        {Object.entries(STORY_ORDERS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}

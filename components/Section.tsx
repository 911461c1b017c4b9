// A titled, collapsible group of comparison items with its count in the title.
import type { ComponentChildren } from 'preact';

export function Section(props: { name: string; title: string; count: number; open?: boolean; hint?: string; children: ComponentChildren }) {
  return (
    <details class={`section section-${props.name}`} data-section={props.name} open={props.open}>
      <summary>
        <span class="section-title">{props.title}</span> <span class="count">{props.count}</span>
      </summary>
      {props.hint && <p class="hint">{props.hint}</p>}
      {props.count === 0 ? <p class="empty">None.</p> : <ul class="items">{props.children}</ul>}
    </details>
  );
}

// The legend and the tooltip the highlights add to a page, inside a shadow root: the page's CSS
// cannot restyle them and theirs cannot touch the page. The host is fixed and zero-sized, so the
// page's layout never moves. Built with text nodes only: claim text is never parsed as HTML.
import { MARK_COLOURS } from './marks';
import type { MarkKind, MarkSpec } from './protocol';

export const OVERLAY_TAG = 'triangulate-overlay';

const STYLES = `
:host { all: initial; }
.legend, .tooltip {
  position: fixed; z-index: 2147483647; box-sizing: border-box;
  font: 13px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  color: #1b1d21; background: #ffffff; border: 1px solid #c9ced6; border-radius: 8px;
  box-shadow: 0 6px 24px rgb(0 0 0 / 0.18);
}
.legend { right: 16px; bottom: 16px; display: flex; align-items: center; gap: 12px; padding: 8px 8px 8px 12px; }
.legend strong { font-weight: 600; }
.key { display: inline-flex; align-items: center; gap: 6px; }
.swatch { width: 14px; height: 14px; border-radius: 3px; }
.unplaced { color: #8a2a00; }
button {
  font: inherit; color: inherit; background: transparent; border: 1px solid transparent; border-radius: 6px;
  width: 26px; height: 26px; cursor: pointer; font-size: 16px; line-height: 1;
}
button:hover { background: #eef0f3; }
button:focus-visible { outline: 2px solid #3553c9; outline-offset: 1px; }
.tooltip { max-width: 360px; padding: 10px 12px; pointer-events: none; }
.tooltip[hidden], .legend[hidden] { display: none; }
.title { font-weight: 600; margin: 0 0 4px; }
.version { margin: 6px 0 0; }
.outlet { display: block; font-size: 12px; color: #505866; }
@media (prefers-color-scheme: dark) {
  .legend, .tooltip { color: #e7e9ec; background: #1f2227; border-color: #3a3f49; }
  .outlet { color: #a9b0bc; }
  .unplaced { color: #ffb58a; }
  button:hover { background: #2c3038; }
  button:focus-visible { outline-color: #8aa2ff; }
}
`;

export interface Overlay {
  showTooltip(spec: MarkSpec, anchor: Element): void;
  hideTooltip(): void;
  remove(): void;
}

export function createOverlay(counts: Record<MarkKind, number>, unplaced: number): Overlay {
  const host = document.createElement(OVERLAY_TAG);
  host.style.setProperty('all', 'initial', 'important');
  host.style.setProperty('position', 'fixed', 'important');
  host.style.setProperty('width', '0', 'important');
  host.style.setProperty('height', '0', 'important');
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLES);
  shadow.adoptedStyleSheets = [sheet];

  const legend = element('div', { class: 'legend', role: 'region', 'aria-label': 'Triangulate highlights' });
  legend.append(element('strong', {}, 'Triangulate'), key('unique', `Only here (${counts.unique})`), key('conflict', `Conflicts (${counts.conflict})`));
  if (unplaced) legend.append(element('span', { class: 'unplaced' }, `${unplaced} not found on the page`));
  const dismiss = element('button', { type: 'button', 'aria-label': 'Hide this legend', title: 'Hide this legend' }, '×');
  dismiss.addEventListener('click', () => (legend.hidden = true));
  legend.append(dismiss);

  const tooltip = element('div', { class: 'tooltip', role: 'tooltip', 'aria-live': 'polite', hidden: '' });
  shadow.append(legend, tooltip);
  document.documentElement.append(host);

  return {
    showTooltip(spec, anchor) {
      tooltip.replaceChildren(element('p', { class: 'title' }, spec.title));
      for (const version of spec.versions) {
        const line = element('p', { class: 'version' }, `“${version.text}”`);
        line.prepend(element('span', { class: 'outlet' }, version.outlet));
        tooltip.append(line);
      }
      tooltip.hidden = false;
      const box = anchor.getBoundingClientRect();
      const width = Math.min(360, window.innerWidth - 16);
      tooltip.style.left = `${Math.max(8, Math.min(box.left, window.innerWidth - width - 8))}px`;
      const below = box.bottom + 8;
      const height = tooltip.offsetHeight;
      tooltip.style.top = `${below + height > window.innerHeight ? Math.max(8, box.top - height - 8) : below}px`;
    },
    hideTooltip() {
      tooltip.hidden = true;
    },
    remove() {
      host.remove();
    },
  };
}

function key(kind: MarkKind, label: string): HTMLElement {
  const swatch = element('span', { class: 'swatch', 'aria-hidden': 'true' });
  swatch.style.background = MARK_COLOURS[kind].background;
  swatch.style.boxShadow = `inset 0 -3px 0 ${MARK_COLOURS[kind].line}`;
  const item = element('span', { class: 'key' }, label);
  item.prepend(swatch);
  return item;
}

function element(tag: string, attributes: Record<string, string>, text?: string): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

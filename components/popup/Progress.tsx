// What the popup shows while it works: the steps, the current one named, so it is never blank.
import type { CaptureStage } from '@/lib/messages';

export type PopupStage = CaptureStage | 'comparing';

const STEPS: { stage: PopupStage; text: string }[] = [
  { stage: 'extracting', text: 'Reading the article' },
  { stage: 'analysing', text: 'Finding its claims' },
  { stage: 'saving', text: 'Saving it to your library' },
  { stage: 'comparing', text: 'Comparing with saved coverage' },
];

export function Progress({ stage }: { stage: PopupStage }) {
  const current = STEPS.findIndex((step) => step.stage === stage);
  return (
    <div class="progress" role="status" data-state="working">
      <p class="progress-now">{STEPS[current]?.text}…</p>
      <ol class="steps">
        {STEPS.map((step, i) => (
          <li key={step.stage} class={i < current ? 'done' : i === current ? 'now' : 'todo'} aria-current={i === current ? 'step' : undefined}>
            {step.text}
          </li>
        ))}
      </ol>
    </div>
  );
}

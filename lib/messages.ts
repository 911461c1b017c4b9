// The conversation between extension pages and the service worker, which owns every write to the
// database. Pure types and names only, so popup, options and background agree at compile time.
import type { ExtractFailure } from './model';
import type { SaveResult } from './store/save';

/** Port name the popup opens to capture the current tab; the worker reports each stage on it. */
export const CAPTURE_PORT = 'capture';

export type CaptureStage = 'extracting' | 'analysing' | 'saving';

export type CaptureFailure = ExtractFailure | 'restricted' | 'storage';

export type CaptureReply =
  | { ok: true; result: SaveResult }
  | { ok: false; reason: CaptureFailure; message: string };

/** What the worker posts on the capture port: progress, then exactly one reply. */
export type CaptureEvent = { stage: CaptureStage } | { reply: CaptureReply };

export interface CaptureRequest {
  tabId: number;
}

// The popup: captures the current tab through the service worker, then shows the comparison.
import { render } from 'preact';
import { PopupApp } from '@/components/PopupApp';
import '@/components/theme.css';

render(<PopupApp />, document.getElementById('app')!);

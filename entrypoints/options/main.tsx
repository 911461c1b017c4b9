// The options page is the library: saved coverage grouped by story.
import { render } from 'preact';
import { LibraryApp } from '@/components/LibraryApp';
import '@/components/theme.css';

render(<LibraryApp />, document.getElementById('app')!);

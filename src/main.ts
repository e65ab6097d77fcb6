// The bench splits start-up at this mark: the bundle parsed, compiled and its modules initialised (imports run first).
performance.mark('app-script');
import './polyfills';
import { hydrate, mount } from 'svelte';
import App from './ui/App.svelte';
import './ui/app.css';

// The built page carries App's first screen, rendered at build time (scripts/vite-prerender-shell.ts)
// and painted before this script has been compiled: take it over rather than draw it again.
const target = document.getElementById('app');
if (target) (target.firstChild ? hydrate : mount)(App, { target });

// The bench splits start-up at this mark: the bundle parsed, compiled and its modules initialised (imports run first).
performance.mark('app-script');
import './polyfills';
import { mount } from 'svelte';
import App from './ui/App.svelte';
import './ui/app.css';

const target = document.getElementById('app');
if (target) mount(App, { target });

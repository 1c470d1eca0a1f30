import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from './build-api';

// The renderer's only bridge to main: `window.api[channel](input)`. ipcRenderer itself is never exposed.
contextBridge.exposeInMainWorld('api', buildApi((channel, input) => ipcRenderer.invoke(channel, input)));

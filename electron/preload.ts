import { contextBridge, ipcRenderer } from 'electron'
import { IPC_CHANNEL } from '../shared/contract/ipc-channel'
import type { PreloadBridge } from '../shared/contract/ipc-channel'

// The page gets one function that forwards a procedure call; never ipcRenderer itself.
const bridge: PreloadBridge = {
  invoke: (name, input) => ipcRenderer.invoke(IPC_CHANNEL, String(name), input),
}

contextBridge.exposeInMainWorld('blockwise', bridge)

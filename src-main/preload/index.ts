// The sandboxed preload: one invoke per method of the contract, never the raw ipcRenderer.
import { contextBridge, ipcRenderer } from 'electron';
import { BACKUP_REQUEST_EVENT, CHANNELS, type BackupReason, type HostApi } from './api';

const api = {
  saveFile: (request) => ipcRenderer.invoke(CHANNELS.saveFile, request),
  saveFilesToFolder: (request) => ipcRenderer.invoke(CHANNELS.saveFilesToFolder, request),
  showInFolder: (path) => ipcRenderer.invoke(CHANNELS.showInFolder, path),
  printHtml: (request) => ipcRenderer.invoke(CHANNELS.printHtml, request),
  htmlToPdf: (request) => ipcRenderer.invoke(CHANNELS.htmlToPdf, request),
  writeBackup: (request) => ipcRenderer.invoke(CHANNELS.writeBackup, request),
  listBackups: () => ipcRenderer.invoke(CHANNELS.listBackups),
  readBackup: (name) => ipcRenderer.invoke(CHANNELS.readBackup, name),
  journalOpen: () => ipcRenderer.invoke(CHANNELS.journalOpen),
  journalAppend: (request) => ipcRenderer.invoke(CHANNELS.journalAppend, request),
  journalExport: () => ipcRenderer.invoke(CHANNELS.journalExport),
  replaceBackup: (request) => ipcRenderer.invoke(CHANNELS.replaceBackup, request),
  removeBackup: (name) => ipcRenderer.invoke(CHANNELS.removeBackup, name),
  appInfo: () => ipcRenderer.invoke(CHANNELS.appInfo),
  saveMailDrafts: (request) => ipcRenderer.invoke(CHANNELS.saveMailDrafts, request),
  openMailDraft: (request) => ipcRenderer.invoke(CHANNELS.openMailDraft, request),
  onBackupRequested: (listener) => {
    const wrapped = (_event: unknown, reason: BackupReason) => listener(reason);
    ipcRenderer.on(BACKUP_REQUEST_EVENT, wrapped);
    return () => ipcRenderer.removeListener(BACKUP_REQUEST_EVENT, wrapped);
  },
} satisfies HostApi;

contextBridge.exposeInMainWorld('ospita', api);

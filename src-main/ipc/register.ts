// Binds the handlers to ipcMain, answering only the app's own top frame.
import { ipcMain } from 'electron';
import { isTrustedSender } from '../security';
import type { Handlers } from './handlers';

export function registerHandlers(handlers: Handlers): void {
  for (const [channel, handler] of Object.entries(handlers)) {
    ipcMain.handle(channel, async (event, payload: unknown) => {
      const frame = event.senderFrame;
      if (!frame || !isTrustedSender(frame.url, frame === event.sender.mainFrame)) {
        throw new Error(`Richiesta rifiutata: mittente non attendibile su ${channel}`);
      }
      return handler(payload);
    });
  }
}

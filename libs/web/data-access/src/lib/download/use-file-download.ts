import { useCallback } from 'react';
import { useAuthSession } from '../session/session.context';
import { downloadFile, type DownloadOutcome } from './file-download';

// downloadFile with the signed-in person's fresh access token.
export const useFileDownload = (): ((path: string, fallbackName: string) => Promise<DownloadOutcome>) => {
  const session = useAuthSession();
  return useCallback((path: string, fallbackName: string) => downloadFile(path, fallbackName, () => session.freshAccessToken()), [session]);
};

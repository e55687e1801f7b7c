import { Redis } from 'ioredis';
import type { Page } from 'playwright-core';

// The agenda events a page hears on its own WebSocket, as they arrive.
export const heardOnPage = (page: Page): string[] => {
  const heard: string[] = [];
  page.on('websocket', (socket) =>
    socket.on('framereceived', ({ payload }) => {
      const text = typeof payload === 'string' ? payload : payload.toString('utf8');
      if (text.includes('"agendaChanged"')) heard.push(text);
    }),
  );
  return heard;
};

// The API subscribes to Redis a moment after the page's socket asked it to: until then a change is told
// to nobody. Publishes a made-up "meeting changed" event, as the API does, until the page hears one, so a
// test changes something only once the page is listening. The channel is the API's live channel for this
// Redis database.
export const untilPageListens = async (heard: string[], meetingId: string): Promise<void> => {
  const url = process.env['REDIS_URL'];
  if (!url) throw new Error('REDIS_URL is not set for the browser tests');
  const channel = `doorbraak:live:${new URL(url).pathname.replace(/^\//, '') || '0'}:agendaChanged`;
  const redis = new Redis(url);
  const probed = () => heard.some((text) => text.includes('"MEETING_CHANGED"'));
  try {
    const deadline = Date.now() + 20_000;
    while (!probed()) {
      if (Date.now() > deadline) throw new Error(`the page never heard its probe (heard: ${JSON.stringify(heard)})`);
      await redis.publish(channel, JSON.stringify({ meetingId, kind: 'MEETING_CHANGED', agendaItemId: null, actorId: null, at: new Date().toISOString() }));
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  } finally {
    await redis.quit();
  }
};

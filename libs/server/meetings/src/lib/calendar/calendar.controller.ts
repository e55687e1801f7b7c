import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '@doorbraak/server-core';
import { CalendarService } from './calendar.service';

const FILE = /^(.+)\.ics$/;

// Calendar clients cannot sign in: the secret token in the path is the key (revocable).
@Public()
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendars: CalendarService) {}

  @Get(':file')
  async feed(@Param('file') file: string, @Res() response: Response): Promise<void> {
    const token = FILE.exec(file)?.[1];
    const body = token ? await this.calendars.feed(token, new Date()) : null;
    if (body === null) {
      throw new NotFoundException();
    }
    response
      .status(200)
      .set({ 'Content-Type': 'text/calendar; charset=utf-8', 'Cache-Control': 'private, max-age=300', 'X-Robots-Tag': 'noindex' })
      .send(body);
  }
}

import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentActor, type AuthenticatedActor } from '@doorbraak/server-core';
import { briefingHtml } from './briefing-html';
import { BriefingService } from './briefing.service';
import { PdfRendererService } from './pdf-renderer.service';

const fileName = (slug: string, date: Date): string => `briefing-${slug}-${date.toISOString().slice(0, 10)}.pdf`;

// The briefing as a PDF, authorised exactly like the meetingBriefing query (bearer token).
@Controller('meetings')
export class BriefingController {
  constructor(
    private readonly briefings: BriefingService,
    private readonly pdf: PdfRendererService,
  ) {}

  @Get(':id/briefing.pdf')
  async briefingPdf(@CurrentActor() actor: AuthenticatedActor, @Param('id') id: string, @Res() response: Response): Promise<void> {
    const briefing = await this.briefings.briefing(actor, id, new Date());
    if (!this.pdf.available()) {
      response.status(503).json({
        code: 'PDF_UNAVAILABLE',
        message: 'The briefing PDF needs Chromium on the server (the Debian package chromium). The briefing itself is available in the app.',
      });
      return;
    }
    const pdf = await this.pdf.render(briefingHtml(briefing));
    response
      .status(200)
      .set({
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${fileName(briefing.alliance.slug, briefing.meeting.scheduledAt)}"`,
        'Cache-Control': 'private, no-store',
      })
      .send(pdf);
  }
}

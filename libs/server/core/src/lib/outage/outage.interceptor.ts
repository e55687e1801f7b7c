import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { catchError, throwError, type Observable } from 'rxjs';
import { asOutage } from './outage';

// A resolver or route that loses its database or Redis answers as an outage (OutageFilter), not as a bug.
@Injectable()
export class OutageInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(catchError((error: unknown) => throwError(() => asOutage(error))));
  }
}

import { Catch, type ArgumentsHost } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { MeetingsError, type MeetingsErrorCode } from './meetings.exception';

// `code` is what clients branch on; `reason` names the exact rule.
const graphqlCode = (code: MeetingsErrorCode): 'BAD_USER_INPUT' | 'INVALID_TRANSITION' => {
  switch (code) {
    case 'INVALID_INPUT':
    case 'PERSON_NOT_ELIGIBLE':
      return 'BAD_USER_INPUT';
    // Well formed, but the meeting's or item's state does not allow it.
    case 'INVALID_STATUS':
    case 'AGENDA_CLOSED':
    case 'MINUTES_READ_ONLY':
    case 'ESCALATED_ITEM_STAYS':
    case 'NO_NEXT_MEETING':
    case 'ALREADY_ON_AGENDA':
    case 'ALREADY_CARRIED_OVER':
    case 'MEETING_NOT_STARTED':
    case 'ACTION_ITEM_CLOSED':
    case 'LADDER_REFUSED':
      return 'INVALID_TRANSITION';
  }
};

@Catch(MeetingsError)
export class MeetingsFilter implements GqlExceptionFilter {
  catch(error: MeetingsError, host: ArgumentsHost): GraphQLError | void {
    const code = graphqlCode(error.code);
    const ladderCode = (error as MeetingsError & { ladderCode?: string }).ladderCode;
    if (host.getType<string>() === 'graphql') {
      return new GraphQLError(error.message, { extensions: { code, reason: ladderCode ?? error.code } });
    }
    const response = host.switchToHttp().getResponse<{ status: (code: number) => { json: (body: unknown) => void } }>();
    response.status(code === 'BAD_USER_INPUT' ? 400 : 409).json({ code, reason: error.code, message: error.message });
  }
}

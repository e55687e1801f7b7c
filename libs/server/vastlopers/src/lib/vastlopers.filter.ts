import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import type { AnswerTimeErrorCode, LadderErrorCode } from '@doorbraak/domain';
import { AnswerTimeError, LadderError } from '@doorbraak/server-escalation';
import { VastlopersError, type VastlopersErrorCode } from './vastlopers.exception';

// `code` is what clients branch on; `reason` names the exact rule.
const graphqlCode = (code: VastlopersErrorCode | LadderErrorCode | AnswerTimeErrorCode): string => {
  switch (code) {
    case 'ALLIANCE_NOT_FOUND':
      return 'NOT_FOUND';
    case 'PERSON_NOT_FOUND':
    case 'TITLE_REQUIRED':
    case 'TITLE_TOO_LONG':
    case 'TEXT_REQUIRED':
    case 'PROGRESS_DATE_IN_FUTURE':
    case 'INVALID_DURATION':
    case 'INVALID_STALL_TIME':
    case 'DUPLICATE_RUNG':
    case 'INVALID_ANSWER_TIME':
    case 'NOT_A_DOORBRAAK':
    case 'DIFFERENT_ALLIANCE':
    case 'PARK_DATE_IN_PAST':
    case 'REASON_REQUIRED':
      return 'BAD_USER_INPUT';
    // The request is well formed, but the item's state does not allow it.
    case 'INVALID_STATUS':
    case 'INVALID_TRANSITION':
    case 'ALREADY_ACKNOWLEDGED':
    case 'ALREADY_AT_TOP':
    case 'ALREADY_AT_BOTTOM':
    case 'NOT_AT_MINISTRY':
    case 'ALREADY_ANSWERED':
      return 'INVALID_TRANSITION';
  }
};

@Catch(VastlopersError, LadderError, AnswerTimeError)
export class VastlopersFilter implements GqlExceptionFilter {
  catch(error: VastlopersError | LadderError | AnswerTimeError): GraphQLError {
    return new GraphQLError(error.message, { extensions: { code: graphqlCode(error.code), reason: error.code } });
  }
}

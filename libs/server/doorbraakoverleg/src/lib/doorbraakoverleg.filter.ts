import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { DoorbraakoverlegError, type DoorbraakoverlegErrorCode } from './doorbraakoverleg.exception';

// `code` is what clients branch on; `reason` names the exact rule.
const graphqlCode = (code: DoorbraakoverlegErrorCode): string => {
  switch (code) {
    case 'NOT_A_DOORBRAAKOVERLEG':
    case 'CANDIDATE_REQUIRED':
    case 'NOT_A_CANDIDATE':
    case 'INVALID_VOTES':
    case 'VOTES_EXHAUSTED':
    case 'NO_VOTES_TO_WITHDRAW':
      return 'BAD_USER_INPUT';
    // The request is well formed, but the meeting no longer takes votes.
    case 'VOTING_CLOSED':
      return 'INVALID_TRANSITION';
  }
};

@Catch(DoorbraakoverlegError)
export class DoorbraakoverlegFilter implements GqlExceptionFilter {
  catch(error: DoorbraakoverlegError): GraphQLError {
    return new GraphQLError(error.message, { extensions: { code: graphqlCode(error.code), reason: error.code } });
  }
}

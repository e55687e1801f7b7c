import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { DossiersError, type DossiersErrorCode } from './dossiers.exception';

// `code` is what clients branch on; `reason` names the exact rule.
const graphqlCode = (code: DossiersErrorCode): string => {
  switch (code) {
    case 'DOSSIER_NOT_FOUND':
      return 'NOT_FOUND';
    case 'PERSON_NOT_FOUND':
    case 'VASTLOPER_ALREADY_IN_DOSSIER':
    case 'VASTLOPER_NOT_IN_DOSSIER':
    case 'SAME_DOSSIER':
    case 'INVALID_SPLIT':
    case 'INVALID_OUTCOME':
      return 'BAD_USER_INPUT';
    // The request is well formed, but the dossier's state does not allow it.
    case 'DOSSIER_CLOSED':
    case 'DOSSIER_NOT_PROPOSED':
      return 'INVALID_TRANSITION';
  }
};

@Catch(DossiersError)
export class DossiersFilter implements GqlExceptionFilter {
  catch(error: DossiersError): GraphQLError {
    return new GraphQLError(error.message, { extensions: { code: graphqlCode(error.code), reason: error.code } });
  }
}

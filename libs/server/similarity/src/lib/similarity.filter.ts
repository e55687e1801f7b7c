import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { SimilarityError, type SimilarityErrorCode } from './similarity.exception';

// `code` is what clients branch on; `reason` names the exact rule.
const graphqlCode = (code: SimilarityErrorCode): string => {
  switch (code) {
    case 'INVALID_WEEKS':
    case 'SAME_VASTLOPER':
    case 'NOT_SIMILAR':
      return 'BAD_USER_INPUT';
  }
};

@Catch(SimilarityError)
export class SimilarityFilter implements GqlExceptionFilter {
  catch(error: SimilarityError): GraphQLError {
    return new GraphQLError(error.message, { extensions: { code: graphqlCode(error.code), reason: error.code } });
  }
}

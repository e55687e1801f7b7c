import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { AlliancesError, type AlliancesErrorCode } from './alliances.exception';

const graphqlCode = (code: AlliancesErrorCode): string => {
  switch (code) {
    case 'FOCUS_AREA_NOT_FOUND':
      return 'NOT_FOUND';
  }
};

@Catch(AlliancesError)
export class AlliancesFilter implements GqlExceptionFilter {
  catch(error: AlliancesError): GraphQLError {
    return new GraphQLError(error.message, { extensions: { code: graphqlCode(error.code), reason: error.code } });
  }
}

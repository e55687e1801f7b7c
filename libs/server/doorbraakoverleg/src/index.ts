export { DOORBRAAKOVERLEG_RESOLVERS, DoorbraakoverlegModule } from './lib/doorbraakoverleg.module';

import { Module } from '@nestjs/common';
import { DirectoryCommonModule } from '../common/directory-common.module';
import { CreateLocation } from './create-location.use-case';
import { LocationRepository } from './location.repository';
import { LocationResolver } from './location.resolver';
import { UpdateLocation } from './update-location.use-case';

@Module({ imports: [DirectoryCommonModule], providers: [LocationResolver, LocationRepository, CreateLocation, UpdateLocation] })
export class LocationModule {}

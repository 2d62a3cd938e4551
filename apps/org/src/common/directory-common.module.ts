import { Module } from '@nestjs/common';
import { DirectoryReader } from './directory-reader';
import { DirectoryWriter } from './directory-writer';

/** The reader and writer every directory feature uses. */
@Module({ providers: [DirectoryReader, DirectoryWriter], exports: [DirectoryReader, DirectoryWriter] })
export class DirectoryCommonModule {}
